// Ingestion throughput through the API, and the file the bulk import reads:
//   node src/bench/load/ingest.mjs api --base URL --key KEY --documents N --callers C --run ID [--warmup W]
//     [--pid PID] [--cold 500] [--early 3000] [--jit-settled 1.0] [--warmup-max 20000] [--batch 1]
//     ingests W warm-up documents, then N generated documents (src/bench/load/documents.mjs, about
//     4 kB, one item each), C ingestDocument calls at a time; prints one line with documents/s,
//     briefings stored, failures, the load average before and after and, given the server's pid,
//     the CPU time the server spent per document (user + system, from /proc), which depends far
//     less on what else the machine runs than documents/s does. With --warmup auto (needs --pid)
//     it first measures the cold server on the first --cold documents after start and prints that
//     as a line of its own ("cold: ..."), warms up to --early documents after start and measures N
//     documents there as a line of its own ("early: ...", the server a few minutes after a start,
//     its JIT still compiling; --early 0 leaves it out), then keeps warming up in steps of 500
//     documents until the JIT compiler threads spent less than --jit-settled ms of CPU per document
//     over the last step (the steady state a long-running server reaches), or --warmup-max documents
//     went in; the measured line ("api: ...") then says the warm-up used, whether the JIT settled, the JIT
//     compilers' share of the measured server CPU and how many methods the JIT compiled during the
//     measurement (jstat -compiler). With --account FILE it also writes
//     where that CPU went: per thread group (from /proc/PID/task, names with digits folded), the
//     server's allocation per document (jvm_gc_memory_allocated_bytes_total) and, when the server
//     runs with briefings.ingestion.accounting.enabled=true, the thread CPU and allocation of each
//     stage of a document (briefings_ingestion_stage_* in /actuator/prometheus).
//     With --batch B above 1 each caller sends B documents at a time through the partners' batch
//     mutation ingestDocuments instead of one per ingestDocument call; every count, warm-up step and
//     figure per document is still in documents, and a failed call counts each of its documents as failed.
//   node src/bench/load/ingest.mjs corpus <file.ndjson> --documents N --run ID
//     writes the same kind of N documents, one JSON object a line, for the import command.
// Loopback only; every loop is bounded in count and time.
import { execFileSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { documentNumber } from './documents.mjs';
import { INGEST, INGEST_ALL, post } from './graphql.mjs';

const [mode, ...rest] = process.argv.slice(2);
const file = (mode === 'corpus') ? rest.shift() : null;
const options = {
  documents: '500', callers: '4', warmup: '20', seconds: '900', run: `i${Date.now() % 100000}`, cold: '500',
  'jit-settled': '1.0', 'warmup-max': '20000', early: '3000', batch: '1',
};
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

function threadGroups(pid) {
  const groups = new Map();
  if (!pid) {
    return groups;
  }
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+/g, '#');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / Number(options.clk ?? 100);
      groups.set(name, (groups.get(name) ?? 0) + seconds);
    }
    catch {
      // the thread ended while the folder was read
    }
  }
  return groups;
}

/** CPU seconds of the JIT compiler threads (C1 and C2) of the process. */
function compilerSeconds(pid) {
  let seconds = 0;
  for (const [name, value] of threadGroups(pid)) {
    if (/Compiler/i.test(name)) {
      seconds += value;
    }
  }
  return seconds;
}

/** Methods the JIT has compiled since the JVM started (jstat -compiler), or NaN without jstat. */
function compiledMethods(pid) {
  try {
    const lines = execFileSync('jstat', ['-compiler', String(pid)], { encoding: 'utf8', timeout: 10_000 }).trim().split('\n');
    return Number(lines[1].trim().split(/\s+/)[0]);
  }
  catch {
    return NaN;
  }
}

async function metrics(base) {
  const values = new Map();
  try {
    const text = await (await fetch(`${base}/actuator/prometheus`, { signal: AbortSignal.timeout(10_000) })).text();
    for (const line of text.split('\n')) {
      const match = /^(briefings_ingestion_stage_\w+|jvm_gc_memory_allocated_bytes_total|jvm_gc_pause_seconds_sum)(\{[^}]*\})? ([0-9.eE+-]+)$/.exec(line);
      if (match) {
        const stage = /stage="([^"]+)"/.exec(match[2] ?? '')?.[1] ?? '';
        const key = `${match[1]}|${stage}`;
        values.set(key, (values.get(key) ?? 0) + Number(match[3]));
      }
    }
  }
  catch (error) {
    values.set('error', String(error));
  }
  return values;
}

function account(documents, cpuMs, groupsBefore, groupsAfter, metricsBefore, metricsAfter) {
  const lines = [`server CPU ${cpuMs.toFixed(1)} ms/document over ${documents} documents`];
  lines.push('| thread group (/proc/PID/task) | CPU ms per document | share |', '| --- | --- | --- |');
  const groups = [];
  for (const [name, seconds] of groupsAfter) {
    groups.push([name, (1000 * (seconds - (groupsBefore.get(name) ?? 0))) / documents]);
  }
  groups.sort((a, b) => b[1] - a[1]);
  let listed = 0;
  for (const [name, ms] of groups) {
    if (ms >= 0.05) {
      lines.push(`| ${name} | ${ms.toFixed(2)} | ${((100 * ms) / cpuMs).toFixed(1)} % |`);
      listed += ms;
    }
  }
  lines.push(`| threads that ended, and groups under 0.05 ms | ${(cpuMs - listed).toFixed(2)} | |`);
  const delta = (key) => (metricsAfter.get(key) ?? 0) - (metricsBefore.get(key) ?? 0);
  lines.push(`allocated ${(delta('jvm_gc_memory_allocated_bytes_total|') / documents / 1024).toFixed(0)} kB/document; `
    + `GC pauses ${((1000 * delta('jvm_gc_pause_seconds_sum|')) / documents).toFixed(2)} ms/document`);
  const stages = [];
  for (const key of metricsAfter.keys()) {
    const [name, stage] = key.split('|');
    if (name === 'briefings_ingestion_stage_cpu_seconds_total') {
      stages.push([stage, (1000 * delta(key)) / documents,
        delta(`briefings_ingestion_stage_allocated_bytes_total|${stage}`) / documents / 1024,
        delta(`briefings_ingestion_stage_calls_total|${stage}`) / documents]);
    }
  }
  if (stages.length > 0) {
    stages.sort((a, b) => b[1] - a[1]);
    lines.push('| stage (thread CPU of the thread that ran it, nested stages excluded) | CPU ms per document | kB allocated per document | calls per document |', '| --- | --- | --- | --- |');
    for (const [stage, ms, kb, calls] of stages) {
      lines.push(`| ${stage} | ${ms.toFixed(2)} | ${kb.toFixed(0)} | ${calls.toFixed(2)} |`);
    }
  }
  return lines.join('\n');
}

function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

async function ingest(base, key, first, count, callers, seconds) {
  const began = performance.now();
  const deadline = began + seconds * 1000;
  let next = first;
  const result = { documents: 0, briefings: 0, failures: 0, firstFailure: null };
  const batch = Number(options.batch);
  async function caller() {
    while (next < first + count && performance.now() < deadline) {
      const taken = Math.min(batch, first + count - next);
      const numbers = Array.from({ length: taken }, (_, i) => next + i);
      next += taken;
      try {
        if (batch === 1) {
          const data = await post(base, INGEST, { input: documentNumber(numbers[0], options.run) }, key);
          result.documents++;
          result.briefings += data.ingestDocument.briefings.length;
          continue;
        }
        const inputs = numbers.map((n) => documentNumber(n, options.run));
        const data = await post(base, INGEST_ALL, { inputs }, key);
        for (const answer of data.ingestDocuments.results) {
          if (answer.outcome === 'REJECTED') {
            result.failures++;
            result.firstFailure ??= `rejected: ${JSON.stringify(answer.error).slice(0, 200)}`;
            continue;
          }
          result.documents++;
          result.briefings += answer.briefings.length;
        }
      }
      catch (error) {
        result.failures += taken;
        result.firstFailure ??= String(error).slice(0, 200);
      }
    }
  }
  await Promise.all(Array.from({ length: callers }, caller));
  result.seconds = (performance.now() - began) / 1000;
  return result;
}

/** Ingests documents from first on and returns the run with the server's CPU ms per document. */
async function measured(first, count, callers) {
  const cpuBefore = cpuSeconds(options.pid);
  const jitBefore = compilerSeconds(options.pid);
  const run = await ingest(options.base, options.key, first, count, callers, Number(options.seconds));
  run.cpuMs = (1000 * (cpuSeconds(options.pid) - cpuBefore)) / run.documents;
  run.jitMs = (1000 * (compilerSeconds(options.pid) - jitBefore)) / run.documents;
  return run;
}

/**
 * Warms the server up: the first --cold documents are measured as the cold server; at
 * --early documents after start N documents are measured as the early server; then steps of
 * 500 go in until the JIT compilers' CPU per document over a step falls under --jit-settled
 * ms or --warmup-max documents went in. Returns the documents used, measured ones included.
 */
async function warmUpUntilSettled(count, callers, path) {
  const step = 500;
  const before = loadAverage();
  const cold = await measured(2_000_000, Number(options.cold), callers);
  console.log(`cold: first ${cold.documents} documents after start in ${cold.seconds.toFixed(1)} s = `
    + `${(cold.documents / cold.seconds).toFixed(1)} documents/s; server CPU ${cold.cpuMs.toFixed(1)} ms/document, `
    + `of which JIT compilers ${cold.jitMs.toFixed(1)} ms; ${cold.failures} failed`
    + `${cold.firstFailure ? ` (${cold.firstFailure})` : ''}; load average ${before} before, `
    + `${loadAverage()} after`);
  let used = cold.documents;
  let last = cold;
  const early = Number(options.early);
  if (early > 0) {
    last = await warmUp(used, early, callers, last);
    used = Math.max(used, early);
    const earlyLoad = loadAverage();
    const run = await measured(3_000_000, count, callers);
    console.log(`early: ${runLine(run, callers, path, `after a fixed ${used} warm-up documents (JIT still compiling)`,
      earlyLoad)}`);
    used += run.documents;
    last = run;
  }
  while (last.jitMs >= Number(options['jit-settled']) && used < Number(options['warmup-max'])) {
    last = await measured(1_000_000 + used, step, callers);
    used += step;
    logWarmUp(used, last, step);
  }
  return { used, settled: last.jitMs < Number(options['jit-settled']) };
}

/** Warms up in steps of 500 from {@code used} to {@code until} documents; returns the last step. */
async function warmUp(used, until, callers, last) {
  let done = used;
  let step = last;
  while (done < until) {
    const size = Math.min(500, until - done);
    step = await measured(1_000_000 + done, size, callers);
    done += size;
    logWarmUp(done, step, size);
  }
  return step;
}

function logWarmUp(used, step, size) {
  console.error(`[ingest] warm-up ${used} documents: JIT compilers ${step.jitMs.toFixed(2)} ms of `
    + `${step.cpuMs.toFixed(1)} ms server CPU per document over the last ${size}`);
}

/** One measured run as printed: rate, server CPU and the JIT's part of it, failures, load. */
function runLine(run, callers, path, warmupNote, loadBefore) {
  const rate = run.documents / run.seconds;
  const cpu = Number.isNaN(run.cpuMs) ? '' : `; server CPU ${run.cpuMs.toFixed(1)} ms/document`
    + `, JIT compilers ${run.jitMs.toFixed(1)} ms of it (${((100 * run.jitMs) / run.cpuMs).toFixed(0)} %)`;
  return `${run.documents} documents (${run.briefings} briefings) with ${callers} callers (${path}), ${warmupNote}, in `
    + `${run.seconds.toFixed(1)} s = ${rate.toFixed(1)} documents/s${cpu}; ${run.failures} failed`
    + `${run.firstFailure ? ` (${run.firstFailure})` : ''}; load average ${loadBefore} before, ${loadAverage()} after`;
}

async function api() {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(options.base ?? '')) {
    throw new Error('--base must be http://127.0.0.1:<port>');
  }
  const count = Number(options.documents);
  const callers = Number(options.callers);
  const path = Number(options.batch) === 1 ? 'ingestDocument' : `ingestDocuments of ${options.batch}`;
  let warmupNote = `${options.warmup} warm-up documents`;
  if (options.warmup === 'auto') {
    if (!options.pid) {
      throw new Error('--warmup auto needs --pid');
    }
    const warmup = await warmUpUntilSettled(count, callers, path);
    warmupNote = `after ${warmup.used} warm-up documents (JIT ${warmup.settled ? 'settled: under' : 'not settled: still over'} `
      + `${options['jit-settled']} ms/document over the last step)`;
  }
  else {
    await ingest(options.base, options.key, 1_000_000, Number(options.warmup), callers, Number(options.seconds));
  }
  const before = loadAverage();
  const metricsBefore = await metrics(options.base);
  const groupsBefore = threadGroups(options.pid);
  const compiledBefore = compiledMethods(options.pid);
  const cpuBefore = cpuSeconds(options.pid);
  const jitBefore = compilerSeconds(options.pid);
  const run = await ingest(options.base, options.key, 0, count, callers, Number(options.seconds));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const cpuPerDocument = (1000 * (cpuSeconds(options.pid) - cpuBefore)) / run.documents;
  const jitPerDocument = (1000 * (compilerSeconds(options.pid) - jitBefore)) / run.documents;
  const compiled = compiledMethods(options.pid) - compiledBefore;
  if (options.account) {
    const groupsAfter = threadGroups(options.pid);
    writeFileSync(options.account, `${account(run.documents, cpuPerDocument, groupsBefore, groupsAfter, metricsBefore,
      await metrics(options.base))}\n`);
  }
  const rate = run.documents / run.seconds;
  const cpu = Number.isNaN(cpuPerDocument) ? '' : `; server CPU ${cpuPerDocument.toFixed(1)} ms/document`
    + `, JIT compilers ${jitPerDocument.toFixed(1)} ms of it (${((100 * jitPerDocument) / cpuPerDocument).toFixed(0)} %)`
    + `${Number.isNaN(compiled) ? '' : `, ${compiled} methods compiled`}`;
  console.log(`api: ${run.documents} documents (${run.briefings} briefings) with ${callers} callers (${path}), ${warmupNote}, in `
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
