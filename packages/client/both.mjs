import ky from '/work/main/packages/client/node_modules/ky/distribution/index.js';
export * from '/work/main/packages/client/dist/index.js';
export const x = ky;
