// `pnpm bench` (builds first): the widget's size and speed in ONE table. Sizes come from the size check
// (`scripts/size.mjs`); the timings drive the built script-tag file in headless Chromium at 4x CPU throttling,
// against the demo storefront's server (`startDemo`, a real handler over `demoSource()`), and print the median
// of RUNS runs (boots get three times as many). Boot is also compared, in the same runs, with `waypost.js` as it
// was when the size-and-speed goals were set (`getBaselineScript`, built once from that commit). Not part of
// `pnpm test`. `BENCH_RUNS` sets the number of runs (default 7).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startDemo } from '../examples/storefront/server/startDemo.mjs';
import { BASELINE_COMMIT, getBaselineScript } from './getBaselineScript.mjs';
import { launchChromium } from './launchChromium.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const BOOT_RUNS = RUNS * 3;
const THROTTLE = 4;
const root = fileURLToPath(new URL('..', import.meta.url));
const { chromium } = createRequire(new URL('../packages/widget/package.json', import.meta.url))('playwright-core');
const EMAIL = 'shopper@example.com';
/** A widget with nothing preset: it boots to the lookup form. */
const FORM_WIDGET = '<div data-waypost data-endpoint="/api/waypost"></div>';
/** Where the bench page loads the static copy of the form from (see `staticFormScript`). */
const STATIC_FORM = '/static-form.js';
/** Where it loads the baseline `waypost.js` from (see `getBaselineScript`). */
const BASELINE = '/baseline/waypost.js';
/**
 * The scripts the bench serves itself, by path: the floor's static form, the baseline, and today's `waypost.js`
 * (read from the build), so that every file a boot is compared on arrives the same way.
 */
const served = new Map();
const format = (value) => value.toLocaleString('en-US');
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The size check's numbers, read from its own output (the one place that knows how each size is measured). */
function readSizes() {
  const run = (kind) => {
    try {
      return execFileSync(process.execPath, ['scripts/size.mjs', kind], { cwd: root, encoding: 'utf8' });
    } catch (error) {
      return String(error.stdout ?? '');
    }
  };
  const lines = `${run('widget')}\n${run('client')}`.split('\n');
  const bytes = (line) => Number(line.match(/: ([\d,]+) B gzip/)?.[1].replaceAll(',', '') ?? Number.NaN);
  const main = lines.find((line) => line.includes('waypost.js (script tag)'));
  const client = lines.find((line) => line.includes('{ createClient }'));
  const chunks = lines.filter((line) => line.includes('(on demand)'));
  const largest = chunks.reduce((best, line) => (bytes(line) > bytes(best ?? '') || !best ? line : best), null);
  const brotli = lines.find((line) => line.includes('waypost.js brotli'));
  const result = chunks.find((line) => line.includes(' result.js (on demand)'));
  return {
    main: bytes(main),
    mainBrotli: Number(brotli?.match(/([\d,]+) B brotli/)?.[1].replaceAll(',', '') ?? Number.NaN),
    client: bytes(client),
    orderView: bytes(main) + bytes(result),
    largest: bytes(largest),
    largestName: largest?.match(/size (\S+) \(on demand\)/)?.[1] ?? '?',
  };
}

/**
 * Records, in the page, when the lookup form first shows and every long task (start, duration). Runs
 * before any script of the page.
 */
function instrument() {
  const marks = { form: 0, tasks: [], events: [] };
  window.__bench = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Event Timing, as INP reads it: from the input to the next frame painted after its handlers ran.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.events.push([entry.name, entry.startTime, entry.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const watch = () => {
    const root = document.querySelector('[data-waypost]')?.shadowRoot;
    if (!marks.form && root?.querySelector('[part="form"]')) {
      marks.form = performance.now();
      // For traces (see `scriptWork`): the same moment on the trace's clock.
      performance.mark('waypost-bench-form');
    }
    if (!marks.form) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/** A page of the demo's origin (so the API and the script are same-origin under its CSP) holding `body`. */
function benchPage(body, script = '/waypost.js') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}<script src="${script}" defer></script></body></html>`;
}

/** Turns the first shipment of a real lookup answer into `count` shipments of `events` events each. */
function enlarge(answer, count, events) {
  const order = answer.order ?? answer.result?.order;
  const [first] = order.shipments;
  const base = first.events;
  order.shipments = Array.from({ length: count }, (_, index) => ({
    ...first,
    id: `${first.id}-${index}`,
    trackingNumber: `${first.trackingNumber}${index}`,
    events: Array.from({ length: events }, (_, at) => ({
      ...base[at % base.length],
      id: `${base[at % base.length].id ?? 'e'}-${index}-${at}`,
    })),
  }));
  return answer;
}

/** An event stream: the shared one (`POST /stream`) or a record's own (`GET /stream/{kind}/{id}`). */
const isStream = (request) => /\/stream(\/|$)/.test(new URL(request.url()).pathname);

async function openPage(browser, demo, body, { onApi, large, script } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(instrument);
  await page.route(`${demo.url}/bench.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: benchPage(body, script) }),
  );
  if (served.has(script)) {
    await page.route(`${demo.url}${script}`, (route) =>
      route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: served.get(script) }),
    );
  }
  await page.route(`${demo.url}/api/waypost/**`, async (route) => {
    onApi?.(route.request());
    // The live updates of the large order would replace it with the real one: they stay out of that page.
    if (large && isStream(route.request())) return route.abort();
    if (!large || !route.request().url().endsWith('/lookup')) return route.continue();
    const response = await route.fetch();
    const answer = enlarge(await response.json(), 5, 100);
    return route.fulfill({ response, body: JSON.stringify(answer) });
  });
  return { page, cdp, close: () => context.close() };
}

/**
 * Boot to form, from navigation start to the first frame that shows the lookup form, and `script`: from the moment
 * the script file has arrived (its `responseEnd`) to that frame, the part of boot that the file's size and code
 * decide.
 */
async function bootToForm(browser, demo, { script = '/waypost.js' } = {}) {
  const { page, close } = await openPage(browser, demo, FORM_WIDGET, {
    script,
  });
  await page.goto(`${demo.url}/bench.html`);
  await page.waitForFunction(() => window.__bench.form > 0);
  const { form, arrived } = await page.evaluate((name) => {
    const file = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === name);
    return { form: window.__bench.form, arrived: file?.responseEnd ?? Number.NaN };
  }, script);
  await close();
  return { form, script: form - arrived };
}

/**
 * The main thread's work for `script` up to the form's first frame, from a Chromium trace: the script's evaluation
 * and the callbacks Chromium attributes to it (timers, events, frames). Compiling counts where it happens on the
 * main thread, inside those; what the browser does for any page (style, layout, paint) does not. This is the boot
 * the size-and-speed goal's own numbers describe: its first `Intl` number format, ~31 ms, was ~43% of it.
 */
async function scriptWork(browser, demo, { script = '/waypost.js' } = {}) {
  const { page, cdp, close } = await openPage(browser, demo, FORM_WIDGET, { script });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await page.goto(`${demo.url}/bench.html`);
  await page.waitForFunction(() => window.__bench.form > 0);
  await cdp.send('Tracing.end');
  await complete;
  await close();
  const form = events.find((event) => event.name === 'waypost-bench-form');
  if (!form) throw new Error('[waypost] bench: the trace holds no form mark');
  const fromScript = (event) => {
    const url = event.args?.data?.url;
    return typeof url === 'string' && url.startsWith('http') && new URL(url).pathname === script;
  };
  const slices = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        (event.name === 'EvaluateScript' || event.name === 'FunctionCall') &&
        event.pid === form.pid &&
        event.tid === form.tid &&
        event.ts < form.ts &&
        fromScript(event),
    )
    .sort((a, b) => a.ts - b.ts);
  // A call made inside another (an event dispatched while the script runs) is counted once, in the outer one.
  let end = 0;
  let total = 0;
  for (const slice of slices) {
    if (slice.ts < end) continue;
    end = slice.ts + slice.dur;
    total += slice.dur;
  }
  return total / 1000;
}

/**
 * The widget's form as it first shows (its shadow tree as `[tag, attributes, children]` or text, and the text of
 * its stylesheets as the widget gave it), read from a page that booted `waypost.js`.
 */
async function captureForm(browser, demo) {
  const { page, close } = await openPage(browser, demo, FORM_WIDGET);
  // The text each sheet was given: serialized rules would differ (`all: initial` alone spells out every property).
  await page.addInitScript(() => {
    const texts = new WeakMap();
    window.__sheetTexts = texts;
    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    CSSStyleSheet.prototype.replaceSync = function (text) {
      texts.set(this, text);
      return replaceSync.call(this, text);
    };
  });
  await page.goto(`${demo.url}/bench.html`);
  await page.waitForFunction(() => window.__bench.form > 0);
  const form = await page.evaluate(() => {
    const root = document.querySelector('[data-waypost]').shadowRoot;
    const tree = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.data
        : [
            node.localName,
            [...node.attributes].map((attribute) => [attribute.name, attribute.value]),
            [...node.childNodes].map(tree),
          ];
    return {
      tree: [...root.childNodes].map(tree),
      css: root.adoptedStyleSheets.map((sheet) => window.__sheetTexts.get(sheet) ?? ''),
    };
  });
  await close();
  if (!form.css.length || form.css.some((text) => !text))
    throw new Error('[waypost] bench: the form’s sheets were not read');
  return form;
}

/**
 * A script of a few lines, no framework, that puts a copy of `form` (from `captureForm`) into the page as the
 * widget does (shadow root, constructed stylesheets): the floor under boot to form, what the browser spends
 * painting that form whatever code builds it.
 */
function staticFormScript({ tree, css }) {
  return `(() => {
  const build = (node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    const [tag, attributes, children] = node;
    const element = document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    element.append(...children.map(build));
    return element;
  };
  const root = document.querySelector('[data-waypost]').attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = ${JSON.stringify(css)}.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  root.append(...${JSON.stringify(tree)}.map(build));
})();`;
}

/**
 * Lookup to render: from the shopper's submit to the first frame that shows the order's heading. With `large`,
 * the answer holds 5 shipments of 100 events, every timeline is expanded, and the longest task is returned.
 */
async function lookupToRender(browser, demo, { large = false } = {}) {
  let api = 0;
  const { page, close } = await openPage(browser, demo, FORM_WIDGET, {
    large,
    onApi: () => {
      api += 1;
    },
  });
  await page.goto(`${demo.url}/bench.html`);
  await page.getByRole('textbox', { name: 'Order number' }).fill(large ? 'W1004' : 'W1001');
  await page.getByRole('textbox', { name: 'Email or postal code' }).fill(EMAIL);
  await page.waitForTimeout(200);
  const before = api;
  // A real click (Event Timing ignores script-made ones), timed from the event to the heading's first frame.
  await page.evaluate(() => {
    const root = document.querySelector('[data-waypost]').shadowRoot;
    window.__bench.rendered = new Promise((resolve) => {
      const onClick = (event) => {
        const start = event.timeStamp;
        window.__bench.clicked = start;
        const check = () =>
          root.querySelector('[part="heading"]') ? resolve(performance.now() - start) : requestAnimationFrame(check);
        requestAnimationFrame(check);
      };
      addEventListener('click', onClick, { capture: true, once: true });
    });
  });
  await page.getByRole('button', { name: 'Track' }).click();
  const elapsed = await page.evaluate(() => window.__bench.rendered);
  const interaction = await page.evaluate(() => {
    const { clicked, events } = window.__bench;
    const own = events.filter(
      ([name, start]) => /^(pointer|mouse)(down|up)$|^click$/.test(name) && start >= clicked - 50,
    );
    return Math.max(0, ...own.map(([, , duration]) => duration));
  });
  let longest = 0;
  let expanded = 0;
  if (large) {
    const buttons = page.getByRole('button', { name: /Show all/ });
    for (let left = 10; left > 0 && (await buttons.count()) > 0; left -= 1) await buttons.first().click();
    // The rows render across tasks: count them once the last one is in (or after 10 s, when some never show).
    const events = page.locator('[part="event"]');
    for (const until = Date.now() + 10_000; (await events.count()) < 500 && Date.now() < until; ) {
      await page.waitForTimeout(50);
    }
    expanded = await events.count();
    await page.waitForTimeout(300);
    // From the moment the answer is in: rendering it and every expanded timeline (what the warm-up does while
    // the request is in flight is not the order's cost).
    longest = await page.evaluate(() => {
      const answered = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/lookup'));
      const tasks = window.__bench.tasks.filter(([start]) => start >= (answered?.responseEnd ?? 0));
      return Math.max(0, ...tasks.map(([, duration]) => duration));
    });
  }
  await page.waitForTimeout(500);
  const requests = api - before;
  await close();
  return { elapsed, longest, requests, expanded, interaction };
}

/** API requests made by five widgets showing the same order (each preset to it by attributes). */
async function requestsForFive(browser, demo) {
  let api = 0;
  const widget = `<div data-waypost data-endpoint="/api/waypost" data-order="W1004" data-email="${EMAIL}"></div>`;
  const { page, close } = await openPage(browser, demo, widget.repeat(5), {
    onApi: () => {
      api += 1;
    },
  });
  await page.goto(`${demo.url}/bench.html`);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-waypost]')].every((el) => el.shadowRoot?.querySelector('[part="heading"]')),
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(1_000);
  await close();
  return api;
}

/**
 * Event streams a live list of the demo's eight orders holds (list mode, a token per order from a real lookup): how
 * many are open once it has settled and how many were opened in all (a reopening of the shared stream counts
 * again), and whether another request to the same host still answers while they are open (HTTP/1.1: six
 * connections).
 */
async function streamsForList(browser, demo) {
  const tokens = [];
  for (let n = 1001; n <= 1008; n += 1) {
    const response = await fetch(`${demo.url}/api/waypost/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderNumber: `W${n}`, email: EMAIL }),
    });
    const answer = await response.json();
    tokens.push((answer.result ?? answer).access.token);
  }
  let opened = 0;
  let open = 0;
  const widget = `<div data-waypost data-endpoint="/api/waypost" data-tokens="${tokens.join(' ')}"></div>`;
  const { page, close } = await openPage(browser, demo, widget, {
    onApi: (request) => {
      if (!isStream(request)) return;
      opened += 1;
      open += 1;
    },
  });
  // A stream ends when the page drops it (a reopening) or the server closes it.
  for (const event of ['requestfailed', 'requestfinished']) {
    page.on(event, (request) => {
      if (isStream(request)) open -= 1;
    });
  }
  await page.goto(`${demo.url}/bench.html`);
  await page.getByRole('button', { name: /Order W1008/ }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2_000);
  const answered = await page.evaluate(() =>
    fetch('/api/waypost/capabilities', { cache: 'no-store', signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    ),
  );
  await close();
  return { opened, open, answered };
}

const started = Date.now();
const sizes = readSizes();
const baseline = getBaselineScript(root);
if (baseline.reason) console.log(`[waypost] bench: no baseline to compare boot with: ${baseline.reason}`);
const demo = await startDemo({ port: 0 });
const browser = await launchChromium(chromium);
const boot = [];
const bootScript = [];
const floor = [];
const floorBoot = [];
const work = [];
const baseWork = [];
const baseBoot = [];
const baseScript = [];
const lookup = [];
const click = [];
const large = [];
let perLookup = 0;
let five = 0;
let list = { opened: 0, open: 0, answered: false };
try {
  served.set(STATIC_FORM, staticFormScript(await captureForm(browser, demo)));
  served.set('/waypost.js', readFileSync(new URL('../packages/widget/dist/waypost.js', import.meta.url), 'utf8'));
  if (baseline.code) served.set(BASELINE, baseline.code);
  // Boots are short and noisy (one in a few runs takes twice as long), so they get three times the runs. Each run
  // boots today's file, the floor and the baseline back to back, in an order that turns every run, so none of them
  // always follows the same page.
  const boots = [
    async () => {
      const booted = await bootToForm(browser, demo);
      boot.push(booted.form);
      bootScript.push(booted.script);
    },
    async () => {
      const copy = await bootToForm(browser, demo, { script: STATIC_FORM });
      floor.push(copy.script);
      floorBoot.push(copy.form);
    },
    async () => {
      if (!baseline.code) return;
      const then = await bootToForm(browser, demo, { script: BASELINE });
      baseBoot.push(then.form);
      baseScript.push(then.script);
    },
  ];
  for (let run = 0; run < BOOT_RUNS; run += 1) {
    for (let step = 0; step < boots.length; step += 1) await boots[(run + step) % boots.length]();
  }
  // Traced apart from the timed boots (tracing slows a page down), alternating which goes first.
  for (let run = 0; run < RUNS && baseline.code; run += 1) {
    const traced = [
      async () => work.push(await scriptWork(browser, demo)),
      async () => baseWork.push(await scriptWork(browser, demo, { script: BASELINE })),
    ];
    if (run % 2) traced.reverse();
    for (const trace of traced) await trace();
  }
  for (let run = 0; run < RUNS; run += 1) {
    const small = await lookupToRender(browser, demo);
    lookup.push(small.elapsed);
    click.push(small.interaction);
    perLookup = Math.max(perLookup, small.requests);
    const big = await lookupToRender(browser, demo, { large: true });
    if (big.expanded < 500) throw new Error(`[waypost] bench: the large order shows ${big.expanded} events, not 500`);
    large.push(big.longest);
  }
  five = await requestsForFive(browser, demo);
  list = await streamsForList(browser, demo);
} finally {
  await browser.close();
  await demo.close();
}

const ms = (value) => `${format(Math.round(value))} ms`;
/** Today's median over the baseline's, as the goals write it. */
const ratio = (today, then) => `${(median(today) / median(then)).toFixed(2)}x`;
/** Whether that ratio meets the goal of 0.44x. */
const goal = (today, then) => (median(today) / median(then) <= 0.44 ? 'met' : 'not met');
// Each run boots Waypost, the floor and the baseline back to back, so a difference is taken within a run (the
// machine's load then weighs on all alike) and its median shown: steadier than two medians apart.
const ownWork = bootScript.map((value, run) => value - floor[run]);
const baseOwnWork = baseScript.map((value, run) => value - floor[run]);
const bytes = (value) => `${format(value)} B`;
const verdict = (value, limit, target) =>
  value > limit ? 'OVER LIMIT' : target && value > target ? 'limit met, target not yet' : 'met';
const rows = [
  ['waypost.js (gzip)', bytes(sizes.main), '34,000 B / 30,000 B', verdict(sizes.main, 34_000, 30_000)],
  ['waypost.js (brotli)', bytes(sizes.mainBrotli), '—', '—'],
  ['form + order view (+ result.js)', bytes(sizes.orderView), '34,000 B', verdict(sizes.orderView, 34_000)],
  ['{ createClient } (gzip)', bytes(sizes.client), '10,500 B / 9,000 B', verdict(sizes.client, 10_500, 9_000)],
  [`largest on-demand: ${sizes.largestName}`, bytes(sizes.largest), '8,000 B', verdict(sizes.largest, 8_000)],
  ['boot to form', ms(median(boot)), '—', `median of ${BOOT_RUNS}`],
  ['  script arrived to form', ms(median(bootScript)), '—', `median of ${BOOT_RUNS}`],
  ['  same form, static copy, no code', ms(median(floor)), '—', `median of ${BOOT_RUNS} (the floor)`],
  ["  Waypost's own work", ms(median(ownWork)), '—', `median of ${BOOT_RUNS} runs' differences`],
  // The goal "boot to form 0.44x" is a ratio of the baseline's boot, booted in the same runs as today's file.
  ...(baseline.code
    ? [
        [
          `boot to form, against ${BASELINE_COMMIT.slice(0, 7)}`,
          `${ratio(boot, baseBoot)} (${ms(median(baseBoot))} then)`,
          '0.44x',
          goal(boot, baseBoot),
        ],
        ['  script arrived to form, against it', ratio(bootScript, baseScript), '—', 'the same runs'],
        [
          "  Waypost's own work, against it",
          ratio(ownWork, baseOwnWork),
          '0.44x',
          `${goal(ownWork, baseOwnWork)} (each above its floor)`,
        ],
        [
          "  the script's main-thread work, against it",
          `${ratio(work, baseWork)} (${ms(median(work))}; ${ms(median(baseWork))} then)`,
          '0.44x',
          `${goal(work, baseWork)} (traced, median of ${RUNS})`,
        ],
        [
          '  the floor alone, against it',
          `${ratio(floorBoot, baseBoot)} (script ${ratio(floor, baseScript)})`,
          '—',
          'the form with no code at all',
        ],
      ]
    : [[`boot to form, against ${BASELINE_COMMIT.slice(0, 7)}`, 'not measured', '0.44x', baseline.reason]]),
  ['lookup to render', ms(median(lookup)), '—', `median of ${RUNS}`],
  [
    '  the Track click, to its next paint',
    median(click) ? ms(median(click)) : '< 16 ms',
    '—',
    `median of ${RUNS}, as INP reads it`,
  ],
  [
    'large order longest task',
    // The Long Tasks API reports tasks of 50 ms or more only.
    median(large) ? ms(median(large)) : '< 50 ms',
    '100 ms',
    verdict(median(large), 100),
  ],
  ['requests per lookup', String(perLookup), '—', 'API requests'],
  ['requests, 5 widgets on one order', String(five), '—', 'API requests'],
  [
    'event streams, live list of 8 orders',
    `${list.open} open (${list.opened} opened)`,
    '—',
    list.answered ? 'the host still answers other requests' : 'OTHER REQUESTS TO THE HOST WAIT',
  ],
];
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(...rows.map((row) => row[column].length), ['metric', 'value', 'limit / target', 'status'][column].length),
);
const line = (cells) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(
  `[waypost] bench: Chromium, ${THROTTLE}x CPU throttling, ${RUNS} runs, ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(line(['metric', 'value', 'limit / target', 'status']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
