// Ingestion throughput through the API, and the file the bulk import reads:
//   node src/bench/load/ingest.mjs api --base URL --key KEY --documents N --callers C --run ID [--warmup W]
//     [--pid PID]
//     ingests W warm-up documents, then N generated documents (src/bench/load/documents.mjs, about
//     4 kB, one item each), C ingestDocument calls at a time; prints one line with documents/s,
//     briefings stored, failures, the load average before and after and, given the server's pid,
//     the CPU time the server spent per document (user + system, from /proc), which depends far
//     less on what else the machine runs than documents/s does.
//   node src/bench/load/ingest.mjs corpus <file.ndjson> --documents N --run ID
//     writes the same kind of N documents, one JSON object a line, for the import command.
// Loopback only; every loop is bounded in count and time.
import { createWriteStream } from 'node:fs';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { documentNumber } from './documents.mjs';
import { INGEST, post } from './graphql.mjs';

const [mode, ...rest] = process.argv.slice(2);
const file = (mode === 'corpus') ? rest.shift() : null;
const options = { documents: '500', callers: '4', warmup: '20', seconds: '900', run: `i${Date.now() % 100000}` };
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}

function cpuSeconds(pid) {
  if (!pid) {
    return NaN;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / Number(options.clk ?? 100);
}

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

async function ingest(base, key, first, count, callers, seconds) {
  const began = performance.now();
  const deadline = began + seconds * 1000;
  let next = first;
  const result = { documents: 0, briefings: 0, failures: 0, firstFailure: null };
  async function caller() {
    while (next < first + count && performance.now() < deadline) {
      const n = next++;
      try {
        const data = await post(base, INGEST, { input: documentNumber(n, options.run) }, key);
        result.documents++;
        result.briefings += data.ingestDocument.briefings.length;
      }
      catch (error) {
        result.failures++;
        result.firstFailure ??= String(error).slice(0, 200);
      }
    }
  }
  await Promise.all(Array.from({ length: callers }, caller));
  result.seconds = (performance.now() - began) / 1000;
  return result;
}

async function api() {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(options.base ?? '')) {
    throw new Error('--base must be http://127.0.0.1:<port>');
  }
  const count = Number(options.documents);
  const callers = Number(options.callers);
  const warmup = Number(options.warmup);
  await ingest(options.base, options.key, 1_000_000, warmup, callers, Number(options.seconds));
  const before = loadAverage();
  const cpuBefore = cpuSeconds(options.pid);
  const run = await ingest(options.base, options.key, 0, count, callers, Number(options.seconds));
  const cpuPerDocument = (1000 * (cpuSeconds(options.pid) - cpuBefore)) / run.documents;
  const rate = run.documents / run.seconds;
  const cpu = Number.isNaN(cpuPerDocument) ? '' : `; server CPU ${cpuPerDocument.toFixed(1)} ms/document`;
  console.log(`api: ${run.documents} documents (${run.briefings} briefings) with ${callers} callers in `
    + `${run.seconds.toFixed(1)} s = ${rate.toFixed(1)} documents/s${cpu}; ${run.failures} failed`
    + `${run.firstFailure ? ` (${run.firstFailure})` : ''}; load average ${before} before, ${loadAverage()} after`);
}

async function corpus() {
  const out = createWriteStream(file);
  for (let n = 0; n < Number(options.documents); n++) {
    if (!out.write(`${JSON.stringify(documentNumber(n, options.run))}\n`)) {
      await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve) => out.end(resolve));
}

if (mode === 'api') {
  await api();
}
else if (mode === 'corpus') {
  await corpus();
}
else {
  throw new Error('usage: ingest.mjs api --base URL --key KEY ... | ingest.mjs corpus FILE --documents N');
}
