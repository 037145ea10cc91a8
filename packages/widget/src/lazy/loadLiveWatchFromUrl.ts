// The script-tag build's `loadLiveWatch` (see the widget's rollup config): `createLiveWatch` rides in `live.js` with
// the client's live code, so the first watch makes one request for both, the very load the client's own watch then
// waits on.
export { loadStreamWatch as loadLiveWatch } from './importStreamWatchFromUrl.js';
