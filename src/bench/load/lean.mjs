// Resident memory of a running instance under the benchmark's load, for the lean mode of run.sh:
//   node src/bench/load/lean.mjs load --base URL --pid PID --key KEY [--documents 200] [--seconds 30]
//     ingests N generated documents two at a time, then reads the feed (4 at a time, pages of 100,
//     cursors followed) and searches for the given seconds; prints VmRSS and VmHWM.
//   node src/bench/load/lean.mjs sockets --base URL --pid PID --key KEY [--sockets 2000] [--hold 20] [--batch N]
//     opens N graphql-ws subscriptions and holds them, tries one socket more (expecting the coded
//     refusal), delivers 2 briefings to every subscriber, prints VmRSS and VmHWM, closes them all.
//     --batch opens them that many at a time, each batch after the one before has connected, so that
//     a busy machine measures the sockets held rather than handshakes lost to a burst.
// Loopback only; every loop is bounded in count and time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { documentNumber } from './documents.mjs';
import { post, testDocument } from './graphql.mjs';
import { ingestTwoAtATime, loopbackOptions, openSubscribers, sleep } from './load.mjs';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { default: WebSocket } = await import(tools.resolve('ws'));

const [command, ...args] = process.argv.slice(2);
const options = loopbackOptions({ documents: '200', seconds: '30', sockets: '2000', hold: '20', batch: '0' }, args);
const base = options.base;

function memory() {
  const status = readFileSync(`/proc/${options.pid}/status`, 'utf8');
  const megabytes = (field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)[1]) / 1024);
  const threads = /Threads:\s+(\d+)/.exec(status)[1];
  return `RSS ${megabytes('VmRSS')} MB (peak ${megabytes('VmHWM')} MB), ${threads} threads`;
}

async function totalBriefings() {
  return (await post(base, '{ briefings(first: 1) { totalCount } }', {})).briefings.totalCount;
}

/** Reads the feed page after page (restarting at the end) until the deadline; returns the count. */
async function readFeed(deadline) {
  const feed = testDocument('benchFeed')
    .replace('($first: Int)', '($first: Int, $after: String)')
    .replace('briefings(first: $first)', 'briefings(first: $first, after: $after)')
    .replace(/\n  }\n}\s*$/, '\n    pageInfo { hasNextPage endCursor }\n  }\n}\n');
  let after = null;
  let pages = 0;
  while (performance.now() < deadline) {
    const data = await post(base, feed, { first: 100, after });
    const connection = Object.values(data)[0];
    after = connection.pageInfo?.hasNextPage ? connection.pageInfo.endCursor : null;
    pages++;
  }
  return pages;
}

async function search(deadline) {
  const query = testDocument('search');
  let searches = 0;
  while (performance.now() < deadline) {
    await post(base, query, { query: 'Lavrov CSTO', first: 20 });
    searches++;
  }
  return searches;
}

async function load() {
  const runId = `lean${Date.now()}`;
  console.log(`[lean] ${await totalBriefings()} briefings stored; ${memory()} before the load`);
  const ingested = await ingestTwoAtATime(base, options.key, Number(options.documents), 600,
    (n) => documentNumber(n, runId));
  console.log(`[lean] ingested ${ingested.documents} documents in ${ingested.seconds.toFixed(0)} s; ${memory()}`);
  const deadline = performance.now() + Number(options.seconds) * 1000;
  const counts = await Promise.all([readFeed(deadline), readFeed(deadline), readFeed(deadline), search(deadline)]);
  console.log(`[lean] read ${counts[0] + counts[1] + counts[2]} feed pages of 100 and ran ${counts[3]} searches in ` +
    `${options.seconds} s; ${await totalBriefings()} briefings; ${memory()}`);
}

/** Opens one more socket and reports how the server answered it. */
function oneMore() {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${base.replace('http:', 'ws:')}/graphql`, 'graphql-transport-ws');
    const timer = setTimeout(() => { socket.terminate(); resolve('no answer in 15 s'); }, 15_000);
    socket.on('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => { clearTimeout(timer); resolve(`HTTP ${response.statusCode} ${body.slice(0, 160)}`); });
    });
    socket.on('open', () => { clearTimeout(timer); socket.terminate(); resolve('accepted'); });
    socket.on('error', (error) => { clearTimeout(timer); resolve(`error ${error.message}`); });
  });
}

/** Opens count subscribers, batch at a time; the result reads like one openSubscribers result. */
async function openInBatches(count, batch) {
  const batches = [];
  for (let opened = 0; opened < count; opened += batch) {
    batches.push(await openSubscribers(base, Math.min(batch, count - opened)));
  }
  const sum = (field) => batches.reduce((total, one) => total + one.state[field], 0);
  return {
    state: { get connected() { return sum('connected'); }, get failures() { return sum('failures'); } },
    get latencies() { return batches.flatMap((one) => one.latencies); },
    deliver: (key, documents, runId) => batches[0].deliver(key, documents, runId),
    close: () => Promise.all(batches.map((one) => one.close())),
  };
}

async function sockets() {
  const count = Number(options.sockets);
  console.log(`[lean] ${memory()} before opening ${count} graphql-ws subscriptions`);
  const began = performance.now();
  const live = await openInBatches(count, Number(options.batch) || count);
  console.log(`[lean] ${live.state.connected} of ${count} connected in ${((performance.now() - began) / 1000).toFixed(0)} s ` +
    `(${live.state.failures} failed); ${memory()}`);
  console.log(`[lean] socket ${count + 1}: ${await oneMore()}`);
  await sleep(Number(options.hold) * 1000);
  console.log(`[lean] held ${options.hold} s; ${memory()}`);
  await live.deliver(options.key, 2, `leanws${Date.now()}`);
  console.log(`[lean] ${live.latencies.length} deliveries to the subscribers; ${memory()}`);
  await live.close();
  await sleep(5000);
  console.log(`[lean] closed; ${memory()}`);
}

if (command === 'load') {
  await load();
} else if (command === 'sockets') {
  await sockets();
} else {
  throw new Error('usage: lean.mjs load|sockets --base URL --pid PID --key KEY');
}
process.exit(0);
