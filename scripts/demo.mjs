// `pnpm demo`: builds the packages (see package.json), then serves Northwind Outfitters, the demo storefront, with
// the widget and a handler over `demoSource()`. PORT picks the port (default 4321); Ctrl-C stops it.
import { demoContact, demoOrders } from '../examples/storefront/server/demoOrders.mjs';
import { startDemo } from '../examples/storefront/server/startDemo.mjs';

const speed = Number(process.env.WAYPOST_DEMO_SPEED) || undefined;
let demo;
try {
  demo = await startDemo(speed ? { speed } : {});
} catch (error) {
  if (error?.code === 'EADDRINUSE')
    console.error(`[waypost] port ${error.port} is busy: try PORT=4322 npx -y pnpm@10.34.9 demo`);
  else console.error('[waypost] the demo could not start', error);
  process.exit(1);
}

const lines = [
  `Waypost demo: ${demo.url}`,
  '',
  `  Track an order   ${demo.url}/track.html`,
  `  Your orders      ${demo.url}/account.html   (deep-linked, no typing)`,
  `  API              ${demo.url}/api/waypost`,
  '',
  `  Look up any order with email ${demoContact.email} or postal code ${demoContact.postalCode}:`,
  ...demoOrders.map(({ number, title }) => `    ${number}  ${title}`),
  '',
  speed
    ? `  Demo time runs ${speed}× faster than real time.`
    : '  Demo time runs live: leave a page open to watch parcels move.',
  '  Press Ctrl-C to stop.',
];
console.log(lines.join('\n'));
if (!demo.widgetBuilt) console.warn('[waypost] packages/widget/dist/waypost.js is missing: run `pnpm build` first');

let stopping = false;
const stop = async () => {
  if (stopping) process.exit(1);
  stopping = true;
  await demo.close();
  console.log('\n[waypost] demo stopped');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
