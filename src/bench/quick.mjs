// A smaller, bounded twin of the benchmark for single figures against a running instance:
//   node src/bench/quick.mjs --base URL --key KEY [--documents N] [--searches N] [--subscribers N]
//     [--new-names true]
// ingests N generated documents (2 at a time; with --new-names each also names an official
// nobody knows yet, so that each creates an unreviewed entity), times N searches one after the other
// (graphql-test/search.graphql with "Lavrov CSTO", first 20) and the delivery of 3 briefings to
// graphql-ws subscribers. Loopback only; every loop is bounded in count and time.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { documentNumber } from './documents.mjs';
import { INGEST, post, testDocument } from './graphql.mjs';

const tools = createRequire(new URL('../../tools/graphql/package.json', import.meta.url));
const { createClient } = await import(tools.resolve('graphql-ws'));
const { default: WebSocket } = await import(tools.resolve('ws'));

const options = { documents: '200', searches: '20', subscribers: '1000' };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
  options[args[i].replace(/^--/, '')] = args[i + 1];
}
const base = options.base;
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base ?? '')) {
  throw new Error('--base must be http://127.0.0.1:<port>');
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A surname of its own for each n: "Bek" followed by n in letters, "Bekbakov" and so on. */
function surname(n) {
  let letters = '';
  let rest = n;
  do {
    letters += LETTERS[rest % 26];
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `Bek${letters}ov`.replace(/^./, (c) => c.toUpperCase());
}

function document(n, runId) {
  const generated = documentNumber(n, runId);
  if (options['new-names'] !== 'true') {
    return generated;
  }
  const name = `Baktybek ${surname(n)}${runId.replace(/[^a-z]/g, '')}`;
  return { ...generated, text: `Kyrgyz Defense Minister ${name} said that the CSTO would meet. ${generated.text}` };
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function ingest(count) {
  const runId = `q${LETTERS[Date.now() % 26]}${LETTERS[Math.floor(Date.now() / 26) % 26]}`;
  const deadline = performance.now() + 600_000;
  let next = 0;
  let done = 0;
  const began = performance.now();
  async function worker() {
    while (next < count && performance.now() < deadline) {
      await post(base, INGEST, { input: document(next++, runId) }, options.key);
      done++;
    }
  }
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - began) / 1000;
  console.log(`ingestion: ${done} documents in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(1)} documents/s`);
}

async function search(count) {
  const query = testDocument('search');
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await post(base, query, { query: 'Lavrov CSTO', first: 20 }, options.key);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`search: ${count} requests, p50 ${pct(times, 50).toFixed(0)} ms, p99 ${pct(times, 99).toFixed(0)} ms`);
}

async function live(subscribers) {
  const url = `${base.replace('http:', 'ws:')}/graphql`;
  const clients = [];
  const receipts = [];
  let connected = 0;
  let sentAt = 0;
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
      on: { connected: () => { connected++; } } });
    client.subscribe({ query: 'subscription Live { briefingPublished { id title } }' },
      { next: () => { receipts.push(performance.now() - sentAt); }, error: () => {}, complete: () => {} });
    clients.push(client);
  }
  const connectDeadline = performance.now() + 60_000;
  while (connected < subscribers && performance.now() < connectDeadline) {
    await sleep(100);
  }
  await sleep(3_000);
  const runId = `ql${Date.now()}`;
  for (let n = 0; n < 3; n++) {
    const expected = receipts.length + connected;
    sentAt = performance.now();
    await post(base, INGEST, { input: documentNumber(n, runId) }, options.key);
    const deadline = performance.now() + 10_000;
    while (receipts.length < expected && performance.now() < deadline) {
      await sleep(20);
    }
    await sleep(500);
  }
  await Promise.all(clients.map((client) => client.dispose()));
  const sorted = [...receipts].sort((a, b) => a - b);
  console.log(`live: ${connected} subscribers, ${receipts.length} of ${connected * 3} deliveries, `
    + `p50 ${pct(sorted, 50).toFixed(0)} ms, p99 ${pct(sorted, 99).toFixed(0)} ms`);
}

await ingest(Number(options.documents));
if (Number(options.searches) > 0) {
  await search(Number(options.searches));
}
if (Number(options.subscribers) > 0) {
  await live(Number(options.subscribers));
}
