// The suite builds this app twice from a fresh folder, by Turbopack (`next build`) and by webpack (`next build
// --webpack`). Neither build's persistent cache would ever be read again: writing it only costs time (measured:
// Turbopack spends ~11 s writing its cache; webpack's ~90 MB cache costs ~13 s of CPU). `turbopack: {}` says the
// `webpack` hook is meant for webpack builds only (Next.js refuses a Turbopack build that only has a webpack one).
/** @type {import('next').NextConfig} */
export default {
  experimental: { turbopackFileSystemCacheForBuild: false },
  turbopack: {},
  webpack: (config) => {
    config.cache = false;
    return config;
  },
};
