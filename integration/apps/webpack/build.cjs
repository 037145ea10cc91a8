// Builds main.js with the webpack that Next.js ships (`next build --webpack` uses the same one), in production
// mode, into dist/ beside a copy of index.html. Cheaper than a second Next.js build: the webpack path of the
// widget's chunks and of the `loadMessages` snippet is what this app checks. Next.js patches its webpack's
// minimizer in at build time, so this build leaves minification out.
const { copyFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { webpack } = require('next/dist/compiled/webpack/bundle5')();

const dist = join(__dirname, 'dist');
webpack(
  {
    mode: 'production',
    context: __dirname,
    entry: './main.js',
    output: { path: dist, publicPath: '/', filename: 'main.js', chunkFilename: 'chunks/[name].[contenthash].js' },
    target: 'web',
    optimization: { minimize: false },
    performance: { hints: false },
  },
  (error, stats) => {
    if (error || stats.hasErrors()) {
      console.error(error ?? stats.toString({ all: false, errors: true }));
      process.exit(1);
    }
    mkdirSync(dist, { recursive: true });
    copyFileSync(join(__dirname, 'index.html'), join(dist, 'index.html'));
    console.log(`webpack ${webpack.version}: ${stats.toJson({ all: false, assets: true }).assets.length} files`);
  },
);
