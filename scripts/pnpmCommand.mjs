/**
 * How the repository's scripts run pnpm: the pnpm that started them (`pnpm test`, `pnpm bench`), else the version
 * the repository pins, through npx (a machine without pnpm, or a script started with `node`).
 *
 * @example spawn(pnpmCommand[0], [...pnpmCommand[1], 'build'])
 */
export const pnpmCommand = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, [process.env.npm_execpath]]
  : ['npx', ['-y', 'pnpm@10.34.9']];
