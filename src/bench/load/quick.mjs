// A smaller, bounded twin of the benchmark for single figures against a running instance:
//   node src/bench/load/quick.mjs --base URL --key KEY [--documents N] [--searches N] [--subscribers N]
//     [--new-names true]
// ingests N generated documents (2 at a time; with --new-names each also names an official
// nobody knows yet, so that each creates an unreviewed entity), times N searches one after the other
// (graphql-test/search.graphql with "Lavrov CSTO", first 20) and the delivery of 3 briefings to
// graphql-ws subscribers. Loopback only; every loop is bounded in count and time.
import { performance } from 'node:perf_hooks';
import { documentNumber } from './documents.mjs';
import { post, testDocument } from './graphql.mjs';
import { ingestTwoAtATime, loopbackOptions, openSubscribers, percentile, sleep } from './load.mjs';

const options = loopbackOptions({ documents: '200', searches: '20', subscribers: '1000' });
const base = options.base;
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

async function ingest(count) {
  const runId = `q${LETTERS[Date.now() % 26]}${LETTERS[Math.floor(Date.now() / 26) % 26]}`;
  const run = await ingestTwoAtATime(base, options.key, count, 600, (n) => document(n, runId));
  console.log(`ingestion: ${run.documents} documents in ${run.seconds.toFixed(1)} s = `
    + `${(run.documents / run.seconds).toFixed(1)} documents/s`);
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
  console.log(`search: ${count} requests, p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms`);
}

async function live(subscribers) {
  const live = await openSubscribers(base, subscribers);
  await sleep(3_000);
  await live.deliver(options.key, 3, `ql${Date.now()}`);
  await live.close();
  const { connected } = live.state;
  const sorted = [...live.latencies].sort((a, b) => a - b);
  console.log(`live: ${connected} subscribers, ${sorted.length} of ${connected * 3} deliveries, `
    + `p50 ${percentile(sorted, 50).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms`);
}

await ingest(Number(options.documents));
if (Number(options.searches) > 0) {
  await search(Number(options.searches));
}
if (Number(options.subscribers) > 0) {
  await live(Number(options.subscribers));
}
