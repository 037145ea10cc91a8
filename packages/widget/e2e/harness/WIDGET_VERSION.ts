import { readFileSync } from 'node:fs';

/** The version in the widget's package.json: the one the build stamps into `dist/waypost.js`. */
export const WIDGET_VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;
