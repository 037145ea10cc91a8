import ky from '/work/main/packages/client/node_modules/ky/distribution/index.js';
export const x = ky;
