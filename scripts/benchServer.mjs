// `pnpm bench:server`: the handler's throughput and latency as ratios against a bare node:http hello world measured
// in the same run, so the numbers mean the same on a laptop and on a busy CI box. Each server runs in its own
// process (forked from this file with `--serve <mode>`); this process only generates load. It prints; it never
// fails the build: machines differ too much for a timed test. Uses the built client (`pnpm build` first).
import { fork } from 'node:child_process';
import { Agent, createServer, request } from 'node:http';
import { connect } from 'node:net';

const seconds = Number(process.env.WAYPOST_BENCH_SECONDS) || 4;
const connections = Number(process.env.WAYPOST_BENCH_CONNECTIONS) || 250;
const idleStreams = Number(process.env.WAYPOST_BENCH_STREAMS) || 1_000;
const rounds = Number(process.env.WAYPOST_BENCH_ROUNDS) || 3;
const secret = 'bench-secret-0123456789abcdef0123456789abcdef';
const goals = { reads: 0.25, lookups: 0.1, p99Ms: 100, idleCore: 0.05 };

// ——— the servers ———————————————————————————————————————————————————————————————————————————————————————————

async function serve(mode) {
  let listener;
  if (mode === 'hello') {
    listener = (_req, res) => {
      res.setHeader('content-type', 'text/plain');
      res.end('hello world');
    };
  } else {
    const server = await import('../packages/client/dist/server.js');
    const handler = server.createHandler({
      source: server.demoSource(),
      secret,
      // High limits: the limiter's cost is measured, one load generator is not refused.
      rateLimit: {
        lookup: { limit: 1e9, windowMs: 60_000 },
        perOrder: { limit: 1e9, windowMs: 60_000 },
        other: { limit: 1e9, windowMs: 60_000 },
      },
      maxStreamsPerClient: 1e6,
      ...(mode === 'cached' ? { cache: { store: server.createMemorySourceCache(), ttlMs: 30_000 } } : {}),
    });
    listener = server.toNodeListener(handler);
  }
  const http = createServer({ keepAliveTimeout: 60_000 }, listener);
  http.listen(0, '127.0.0.1', () => process.send({ port: http.address().port }));
  process.on('message', (message) => {
    if (message === 'cpu') process.send({ cpu: process.cpuUsage(), at: performance.now() });
  });
}

// ——— the load ——————————————————————————————————————————————————————————————————————————————————————————————

function start(mode) {
  const child = fork(new URL(import.meta.url).pathname, ['--serve', mode], { stdio: 'inherit' });
  return new Promise((resolve) =>
    child.once('message', ({ port }) => resolve({ child, origin: `http://127.0.0.1:${port}` })),
  );
}

function stop(server) {
  return new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill();
  });
}

function cpuOf(server) {
  return new Promise((resolve) => {
    server.child.once('message', resolve);
    server.child.send('cpu');
  });
}

// One request's bytes, written as they are on every round: the generator should cost the machine as little as it
// can, or it measures itself. (node:http's client cost more per request than the hello world it was loading: hello
// world topped out at about half the rate it serves a cheap generator, and every ratio looked better than it was.)
function encodeRequest(origin, { method = 'GET', path, headers = {}, body }) {
  const { host } = new URL(origin);
  const lines = [
    `${method} ${path} HTTP/1.1`,
    `Host: ${host}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  if (body !== undefined) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body ?? ''}`);
}

// Drives one keep-alive connection in a closed loop: write the request, read one response (framed by its
// Content-Length; these servers send no chunked answers), write again. `onResponse(status)` says whether to go on.
function drive(socket, request, onResponse) {
  let buffer = null;
  let need = -1;
  let status = 0;
  socket.on('data', (chunk) => {
    buffer = buffer ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (need < 0) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffer.toString('latin1', 0, end);
        status = Number(head.slice(9, 12));
        need = end + 4 + Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
      }
      if (buffer.length < need) return;
      buffer = buffer.length > need ? buffer.subarray(need) : null;
      need = -1;
      if (onResponse(status)) socket.write(request);
      if (!buffer) return;
    }
  });
  socket.write(request);
}

async function load(origin, spec) {
  const request = encodeRequest(origin, spec);
  const { hostname, port } = new URL(origin);
  const sockets = await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise((resolve, reject) => {
          const socket = connect(Number(port), hostname, () => resolve(socket));
          socket.once('error', reject);
          socket.setNoDelay(true);
        }),
    ),
  );
  const latencies = [];
  let errors = 0;
  let measuring = false;
  let started = 0;
  let end = Number.POSITIVE_INFINITY;
  let warming = connections;
  let running = connections;
  let warmed;
  let finish;
  const warmedUp = new Promise((resolve) => {
    warmed = resolve;
  });
  const finished = new Promise((resolve) => {
    finish = resolve;
  });
  // Warm up (JIT, key import, caches) until every connection has had three answers, then measure only requests
  // sent after that: a cold first answer must not count, however late it arrives.
  for (const socket of sockets) {
    let answers = 0;
    let sent = performance.now();
    drive(socket, request, (status) => {
      const now = performance.now();
      answers += 1;
      if (answers === 3 && --warming === 0) warmed();
      if (measuring && sent >= started) {
        latencies.push(now - sent);
        if (status !== spec.expect) errors += 1;
      }
      if (now >= end) {
        if (--running === 0) finish();
        return false;
      }
      sent = now;
      return true;
    });
  }
  await warmedUp;
  measuring = true;
  started = performance.now();
  end = started + seconds * 1_000;
  await finished;
  for (const socket of sockets) socket.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rate: latencies.length / seconds,
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    errors,
  };
}

async function lookupToken(origin) {
  const response = await fetch(`${origin}/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
  });
  const { access, order } = await response.json();
  return { token: access.token, orderId: order.id };
}

async function idleStreamCost(server) {
  const { token, orderId } = await lookupToken(server.origin);
  const agent = new Agent({ keepAlive: true, maxSockets: idleStreams });
  const requests = [];
  await Promise.all(
    Array.from(
      { length: idleStreams },
      () =>
        new Promise((resolve, reject) => {
          const req = request(
            `${server.origin}/stream/order/${orderId}`,
            { agent, headers: { authorization: `Bearer ${token}` } },
            (res) => {
              res.on('data', () => {});
              resolve();
            },
          );
          req.on('error', reject);
          req.end();
          requests.push(req);
        }),
    ),
  );
  // Settle, then measure across two of the demo's 5-second ticks.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const before = await cpuOf(server);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const after = await cpuOf(server);
  for (const req of requests) req.destroy();
  agent.destroy();
  const used = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1_000;
  return used / (after.at - before.at);
}

const format = (value) => Math.round(value).toLocaleString('en-US');
const verdict = (met) => (met ? 'met' : 'NOT MET');

async function measure(mode, spec) {
  const server = await start(mode);
  try {
    const resolved = typeof spec === 'function' ? await spec(server.origin) : spec;
    return await load(server.origin, resolved);
  } finally {
    await stop(server);
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  console.log(
    `[waypost] bench:server: ${connections} connections, ${seconds} s per run, ${rounds} rounds, servers in child ` +
      'processes; each ratio is against the hello world of its own round, and the median round is shown',
  );
  const readSpec = async (origin) => {
    const { token, orderId } = await lookupToken(origin);
    return { path: `/orders/${orderId}`, headers: { authorization: `Bearer ${token}` }, expect: 200 };
  };
  const workloads = [
    { label: 'cached reads', mode: 'cached', spec: readSpec, goal: goals.reads },
    { label: 'demo reads', mode: 'demo', spec: readSpec },
    {
      label: 'demo lookups',
      mode: 'demo',
      spec: {
        method: 'POST',
        path: '/lookup',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orderNumber: 'W1001', email: 'shopper@example.com' }),
        expect: 200,
      },
      goal: goals.lookups,
    },
  ];
  // A shared machine's speed drifts within a minute: rounds, each with its own hello world, keep a slow spell from
  // deciding a ratio.
  const hello = [];
  const results = workloads.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    hello.push(await measure('hello', { path: '/', expect: 200 }));
    for (const [index, { mode, spec }] of workloads.entries()) results[index].push(await measure(mode, spec));
  }
  const row = (label, rate, p99, ratio, goal, errors = 0) => {
    const against = goal ? `; goal ≥ ${goal}×: ${verdict(ratio >= goal)}` : '';
    const unexpected = errors ? `; ${format(errors)} unexpected statuses` : '';
    console.log(
      `[waypost] bench:server ${label.padEnd(23)} ${format(rate).padStart(7)} req/s, p99 ${format(p99)} ms, ` +
        `${ratio.toFixed(3)}× hello world${against}${unexpected}`,
    );
  };
  row('hello world (node:http)', median(hello.map((run) => run.rate)), median(hello.map((run) => run.p99)), 1);
  const p99s = {};
  for (const [index, { label, goal }] of workloads.entries()) {
    const runs = results[index];
    const p99 = median(runs.map((run) => run.p99));
    p99s[label] = p99;
    row(
      label,
      median(runs.map((run) => run.rate)),
      p99,
      median(runs.map((run, round) => run.rate / hello[round].rate)),
      goal,
      runs.reduce((sum, run) => sum + run.errors, 0),
    );
  }
  const worst = Math.max(p99s['cached reads'], p99s['demo lookups']);
  console.log(
    `[waypost] bench:server p99 at ${connections} connections: reads ${format(p99s['cached reads'])} ms, lookups ` +
      `${format(p99s['demo lookups'])} ms; goal < ${goals.p99Ms} ms: ${verdict(worst < goals.p99Ms)}`,
  );
  const server = await start('demo');
  try {
    const share = await idleStreamCost(server);
    console.log(
      `[waypost] bench:server ${format(idleStreams)} idle streams: ${(share * 100).toFixed(2)} % of a core; goal < ` +
        `${goals.idleCore * 100} %: ${verdict(share < goals.idleCore)}`,
    );
  } finally {
    await stop(server);
  }
}

if (process.argv[2] === '--serve') {
  await serve(process.argv[3]);
} else {
  await main();
}
