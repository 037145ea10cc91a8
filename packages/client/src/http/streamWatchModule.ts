// The on-demand part of `client.watch` over HTTP, loaded on the first watch by `loadStreamWatch` (the widget's
// script tag loads it as `live.js`): the hub that shares one watch of a record among every watcher of it, and the
// stream watch itself.
export { createStreamWatch } from './createStreamWatch.js';
export { createWatchHub } from './createWatchHub.js';
