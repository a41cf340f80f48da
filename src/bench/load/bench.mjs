// The benchmark driver, called by run.sh: node bench.mjs <phase> <results.json> [options]
//   seed  --base URL --key KEY --documents N --seconds S        ingests generated documents
//   main  --base URL --pid PID --key KEY --clk TICKS             feed A/B, counts, latency, live
//   rss   --base URL --pid PID --key KEY --briefings N --seconds S  seeds to N, reads VmRSS
//   corpus <file.ndjson> --documents N                           writes N documents for the bulk import
//   large --base URL --label L --seconds S [--pid PID --clk TICKS --warmup-requests N --warmup-limit S] feed pages and
//                                                                search at 4 connections (file storage), with the
//                                                                process's CPU a request when given its pid; every
//                                                                scenario first serves N requests (1,000; in S s at most)
//   table --extraction FILE                                      prints the one table
// Every loop is bounded in count and time; every request goes to the loopback address.
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { documentNumber } from './documents.mjs';
import { post, testDocument } from './graphql.mjs';
import { ingestTwoAtATime, openSubscribers, percentile, sleep } from './load.mjs';

const [phase, resultsFile, ...rest] = process.argv.slice(2);
const options = {};
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}
const base = options.base;
if (base && !/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) {
  throw new Error(`The benchmark only runs against http://127.0.0.1:<port>, not ${base}`);
}
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const ROUNDS = 3;
const ROUND_SECONDS = 10;
const WRK = ['-t1', '-c2', '--latency'];

function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

// Threads whose CPU is not the application's own work on a request: the JIT compilers and the
// embedded MongoDB server's workers (a separate server in production).
const NOT_APPLICATION = /^(C1 CompilerThre|C2 CompilerThre|mongo-server-wo)/;

function applicationTicksByThread(pid) {
  const ticks = new Map();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const comm = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (!NOT_APPLICATION.test(comm)) {
        ticks.set(tid, Number(fields[11]) + Number(fields[12]));
      }
    } catch {
      // the thread ended while being read
    }
  }
  return ticks;
}

function applicationTicksSince(pid, before) {
  let total = 0;
  for (const [tid, ticks] of applicationTicksByThread(pid)) {
    total += ticks - (before.get(tid) ?? 0);
  }
  return total;
}

function residentKilobytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function totalBriefings() {
  const data = await post(base, '{ briefings(first: 1) { totalCount } }', {});
  return data.briefings.totalCount;
}

function ingest(count, seconds, runId) {
  return ingestTwoAtATime(base, options.key, count, seconds, (n) => documentNumber(n, runId));
}

async function seed() {
  const count = Number(options.documents);
  const before = await totalBriefings();
  const run = await ingest(count, Number(options.seconds), `s${Date.now()}`);
  const after = await totalBriefings();
  results.seed = { ...run, documentsPerSecond: run.documents / run.seconds, briefings: after, added: after - before };
  console.log(`[bench] ingested ${run.documents} documents in ${run.seconds.toFixed(1)} s: ${after} briefings`);
}

function parseLatency(output, label) {
  const match = new RegExp(`^\\s+${label}\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
  const factor = { us: 0.001, ms: 1, s: 1000 }[match[2]];
  return Number(match[1]) * factor;
}

function wrk(args, env, timeout = '5s') {
  const run = spawnSync('wrk', [...WRK, '--timeout', timeout, ...args], {
    env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL',
  });
  const output = run.stdout ?? '';
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN);
  const failures = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
    + Number(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)?.slice(1)
      .reduce((sum, value) => sum + Number(value), 0) ?? 0);
  if (run.status !== 0 || !(requests > 0) || failures > 0) {
    throw new Error(`wrk failed (${failures} failures):\n${output}\n${run.stderr}`);
  }
  return { requests, p50: parseLatency(output, '50%'), p99: parseLatency(output, '99%') };
}

function measured(pid, clk, args, env) {
  const cpuBefore = cpuTicks(pid);
  const applicationBefore = applicationTicksByThread(pid);
  const wallBefore = performance.now();
  const run = wrk(args, env);
  const seconds = (performance.now() - wallBefore) / 1000;
  const cpuMs = ((cpuTicks(pid) - cpuBefore) * 1000) / clk;
  const applicationMs = (applicationTicksSince(pid, applicationBefore) * 1000) / clk;
  return {
    ...run, requestsPerSecond: run.requests / seconds, cpuMsPerRequest: cpuMs / run.requests,
    applicationMsPerRequest: applicationMs / run.requests,
  };
}

const FEED_BODY = JSON.stringify({ query: testDocument('benchFeed'), variables: { first: 20 } });
const SEARCH_BODY = JSON.stringify({ query: testDocument('search'), variables: { query: 'Lavrov CSTO', first: 20 } });
const LUA = new URL('./graphql-feed.lua', import.meta.url).pathname;

function feedAgainstTwin(pid, clk) {
  const graphQl = ['-s', LUA, `${base}/graphql`];
  const graphQlEnv = { BENCH_GRAPHQL_BODY: FEED_BODY };
  const rest = [`${base}/bench/rest/feed?first=20`];
  wrk([`-d${ROUND_SECONDS / 2}s`, ...graphQl], graphQlEnv);
  wrk([`-d${ROUND_SECONDS / 2}s`, ...rest], {});
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const g = measured(pid, clk, [`-d${ROUND_SECONDS}s`, ...graphQl], graphQlEnv);
    const r = measured(pid, clk, [`-d${ROUND_SECONDS}s`, ...rest], {});
    rounds.push({
      graphQl: g, rest: r, cpuRatio: g.cpuMsPerRequest / r.cpuMsPerRequest,
      applicationRatio: g.applicationMsPerRequest / r.applicationMsPerRequest,
    });
    console.log(`[bench] round ${round}: GraphQL ${g.requestsPerSecond.toFixed(0)} req/s ${g.cpuMsPerRequest.toFixed(3)} `
      + `ms CPU/req (${g.applicationMsPerRequest.toFixed(3)} without database and JIT), REST `
      + `${r.requestsPerSecond.toFixed(0)} req/s ${r.cpuMsPerRequest.toFixed(3)} ms CPU/req `
      + `(${r.applicationMsPerRequest.toFixed(3)})`);
  }
  return rounds;
}

async function prometheusCommands() {
  const text = await (await fetch(`${base}/actuator/prometheus`, { signal: AbortSignal.timeout(10_000) })).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('mongodb_driver_commands_seconds_count{')) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

async function commandsFor(send) {
  const counts = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await prometheusCommands();
    await send();
    counts.push((await prometheusCommands()) - before);
  }
  return median(counts);
}

async function commandCounts() {
  const feed = testDocument('benchFeed');
  const deep = testDocument('feedOfficialsDeep');
  const counts = { feed: [], deep: [], twin: [] };
  for (const first of [1, 20, 100]) {
    counts.feed.push(await commandsFor(() => post(base, feed, { first })));
    counts.deep.push(await commandsFor(() => post(base, deep, { first })));
    counts.twin.push(await commandsFor(async () => {
      const response = await fetch(`${base}/bench/rest/feed?first=${first}`, { signal: AbortSignal.timeout(30_000) });
      await response.text();
    }));
  }
  return counts;
}

function heapUsedKilobytes(pid) {
  for (let i = 0; i < 2; i++) {
    execFileSync('jcmd', [String(pid), 'GC.run'], { timeout: 30_000 });
  }
  const info = execFileSync('jcmd', [String(pid), 'GC.heap_info'], { encoding: 'utf8', timeout: 30_000 });
  return Number(/heap\s+total \d+K, used (\d+)K/.exec(info)[1]);
}

async function liveUpdates(pid) {
  const subscribers = 1000;
  const heapBefore = heapUsedKilobytes(pid);
  const live = await openSubscribers(base, subscribers);
  await sleep(5_000);
  const heapAfter = heapUsedKilobytes(pid);
  await live.deliver(options.key, 3, `l${Date.now()}`);
  await live.close();
  const { connected, failures } = live.state;
  const sorted = [...live.latencies].sort((a, b) => a - b);
  return {
    subscribers, connected, failures, deliveries: sorted.length, expectedDeliveries: connected * 3,
    p50: percentile(sorted, 50), p99: percentile(sorted, 99),
    heapKilobytesPerSubscriber: (heapAfter - heapBefore) / subscribers, heapBefore, heapAfter,
  };
}

async function main() {
  const pid = Number(options.pid);
  const clk = Number(options.clk);
  results.commands = await commandCounts();
  results.feed = feedAgainstTwin(pid, clk);
  try {
    results.search = wrk([`-d${ROUND_SECONDS}s`, '-s', LUA, `${base}/graphql`], { BENCH_GRAPHQL_BODY: SEARCH_BODY },
      '30s');
  } catch (error) {
    results.search = { p50: NaN, p99: NaN, error: error.message.split('\n')[0] };
  }
  results.live = await liveUpdates(pid);
  results.rssAtSeed = { briefings: await totalBriefings(), kilobytes: residentKilobytes(pid), storage: 'memory' };
}

async function rss() {
  const pid = Number(options.pid);
  const target = Number(options.briefings);
  const runId = `r${Date.now()}`;
  const have = await totalBriefings();
  const run = await ingest(Math.max(0, target - have), Number(options.seconds), runId);
  await post(base, testDocument('benchFeed'), { first: 100 });
  const kilobytes = residentKilobytes(pid);
  const heapAfterGc = heapUsedKilobytes(pid);
  results.rssFull = {
    briefings: await totalBriefings(), kilobytes, storage: 'file', documentsPerSecond: run.documents / run.seconds,
    heapAfterGc, kilobytesAfterGc: residentKilobytes(pid),
  };
}

// The large scenario: a year of briefings, one document a briefing, dates spread over 2025.
async function corpus() {
  const count = Number(options.documents);
  const out = createWriteStream(resultsFile);
  for (let n = 0; n < count; n++) {
    const document = documentNumber(n, 'large');
    const day = n % 365;
    document.publishedAt = new Date(Date.UTC(2025, 0, 1 + day, n % 24, (n * 7) % 60)).toISOString();
    if (!out.write(`${JSON.stringify(document)}\n`)) {
      await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve) => out.end(resolve));
}

const LARGE_CONNECTIONS = ['-t2', '-c4', '--latency'];

function wrk4(seconds, body) {
  const run = spawnSync('wrk', [...LARGE_CONNECTIONS, '--timeout', '30s', `-d${seconds}s`, '-s', LUA, `${base}/graphql`], {
    env: { ...process.env, BENCH_GRAPHQL_BODY: body }, encoding: 'utf8', timeout: (seconds + 60) * 1000,
    killSignal: 'SIGKILL',
  });
  const output = run.stdout ?? '';
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? NaN);
  const failures = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0)
    + (/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)?.slice(1)
      .reduce((sum, value) => sum + Number(value), 0) ?? 0);
  if (run.status !== 0 || !(requests > 0)) {
    return { requests: 0, p50: NaN, p99: NaN, failures, error: `wrk: ${(output + run.stderr).slice(0, 200)}` };
  }
  return { requests, failures, p50: parseLatency(output, '50%'), p99: parseLatency(output, '99%') };
}

// Runs the scenarios in turn, 5 s each, until every one has served `requests` requests (or `limitSeconds` have passed)
// before any is measured, so that the first one measured is not billed for the JIT compilation and class loading that
// all of them share: with 3 s of warm-up each, the feed, measured first, cost 29 ms of CPU a request where the same
// process warm costs 12. A count, not a time, because on a loaded machine a few seconds serve a few dozen requests.
// Prints each scenario's CPU a request in its last warm-up turn.
function warmUpAll(scenarios, requests, limitSeconds) {
  const warmUp = Object.fromEntries(scenarios.map(([name]) => [name, { served: 0, lastTurn: null }]));
  const began = performance.now();
  const cold = () => scenarios.filter(([name]) => warmUp[name].served < requests && !warmUp[name].failed);
  while (cold().length > 0 && (performance.now() - began) / 1000 < limitSeconds) {
    for (const [name, body] of cold()) {
      const cpuBefore = options.pid ? cpuTicks(options.pid) : NaN;
      const run = wrk4(5, body);
      warmUp[name].failed = !(run.requests > 0);
      warmUp[name].served += run.requests || 0;
      warmUp[name].lastTurn = {
        requests: run.requests,
        cpuMsPerRequest: options.pid
          ? ((cpuTicks(options.pid) - cpuBefore) * 1000) / Number(options.clk ?? 100) / run.requests : NaN,
      };
    }
  }
  for (const [name] of scenarios) {
    const { served, lastTurn } = warmUp[name];
    console.log(`[bench] ${options.label}: warm-up ${name}: ${served} requests, process CPU ${fixed(lastTurn?.cpuMsPerRequest, 1)} ms a request in its last 5 s`);
  }
  return warmUp;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

// Waits until search answers without an error (the index may be rebuilding in the background); seconds waited.
async function searchReady(limitSeconds) {
  const began = performance.now();
  while ((performance.now() - began) / 1000 < limitSeconds) {
    try {
      await post(base, testDocument('search'), { query: 'Lavrov CSTO', first: 1 });
      return (performance.now() - began) / 1000;
    } catch (error) {
      await sleep(2_000);
    }
  }
  return NaN;
}

async function checkedBody(name, variables) {
  await post(base, testDocument(name), variables);
  return JSON.stringify({ query: testDocument(name), variables });
}

async function large() {
  const seconds = Number(options.seconds);
  const ids = await post(base, '{ briefings(first: 50) { totalCount edges { node { officials { id } operations { id } } } } }', {});
  const nodes = ids.briefings.edges.map((edge) => edge.node);
  const official = nodes.flatMap((node) => node.officials)[0].id;
  const operation = nodes.flatMap((node) => node.operations)[0].id;
  const feed = 'benchFilteredFeed';
  const scenarios = [
    ['feed', await checkedBody(feed, { first: 20 })],
    ['feed by official', await checkedBody(feed, { first: 20, filter: { officials: [official] } })],
    ['feed by operation', await checkedBody(feed, { first: 20, filter: { operations: [operation] } })],
    ['feed by date range (two weeks)', await checkedBody(feed, {
      first: 20, filter: { publishedAfter: '2025-06-01T00:00:00Z', publishedBefore: '2025-06-15T00:00:00Z' },
    })],
    ['Operation.briefings(first: 20)', await checkedBody('benchOperationBriefings', { id: operation, first: 20 })],
    ['Official.quotes(first: 20)', await checkedBody('benchOfficialQuotes', { id: official, first: 20 })],
  ];
  const searchWaitSeconds = await searchReady(Number(options['search-wait'] ?? 900));
  console.log(`[bench] ${options.label}: search answered after ${fixed(searchWaitSeconds, 0)} s more`);
  if (Number.isFinite(searchWaitSeconds)) {
    scenarios.push(['search(query: "Lavrov CSTO", first: 20)', await checkedBody('search', { query: 'Lavrov CSTO', first: 20 })]);
  }
  const warmUp = warmUpAll(scenarios, Number(options['warmup-requests'] ?? 1000), Number(options['warmup-limit'] ?? 600));
  const measured = {};
  for (const [name, body] of scenarios) {
    wrk4(Math.min(3, seconds), body);
    const load = loadAverage();
    const cpuBefore = options.pid ? cpuTicks(options.pid) : NaN;
    measured[name] = { ...wrk4(seconds, body), load };
    const m = measured[name];
    if (options.pid) {
      m.cpuMsPerRequest = ((cpuTicks(options.pid) - cpuBefore) * 1000) / Number(options.clk ?? 100) / m.requests;
    }
    console.log(`[bench] ${options.label}: ${name}: ${m.requests} requests, p50 ${fixed(m.p50, 1)} ms, p99 ${fixed(m.p99, 1)} ms, process CPU ${fixed(m.cpuMsPerRequest, 1)} ms a request, load ${load}`);
  }
  results.large = results.large ?? {};
  results.large[options.label] = {
    briefings: ids.briefings.totalCount, seconds, measured, warmUp, startSeconds: Number(options.started),
    startLoad: options['start-load'], searchWaitSeconds,
  };
}

function largeTable() {
  const labels = Object.keys(results.large);
  const first = results.large[labels[0]];
  console.log(`| ${first.briefings} briefings, file storage, 4 connections | ${labels.join(' | ')} |`);
  console.log(`| --- |${labels.map(() => ' --- |').join('')}`);
  const names = [...new Set(labels.flatMap((label) => Object.keys(results.large[label].measured)))];
  for (const name of names) {
    const cells = labels.map((label) => {
      const m = results.large[label].measured[name];
      if (!m) {
        return 'not measured';
      }
      return m.error ? 'failed' : `${fixed(m.p50, 1)} / ${fixed(m.p99, 1)} ms (${m.requests} req, load ${m.load})`;
    });
    console.log(`| ${name}, p50 / p99 | ${cells.join(' | ')} |`);
  }
  console.log(`| start to ready | ${labels.map((label) => `${fixed(results.large[label].startSeconds, 1)} s (load ${results.large[label].startLoad})`).join(' | ')} |`);
  if (results.import) {
    const i = results.import;
    const copies = Math.max(0, i.target - i.documents);
    console.log(`| seeding | ${i.documents} documents through the bulk import (\`--threads 2\`): `
      + `${fixed(i.documents / i.importing, 1)} documents/s importing (${fixed(i.importing, 1)} s), `
      + `${fixed(i.documents / i.seconds, 1)} documents/s start-up included (${fixed(i.seconds, 0)} s); then ${copies} copies of their briefings |`
      + `${labels.slice(1).map(() => ' |').join('')}`);
  }
}

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function extractionFigure(line) {
  const perCore = /documents\/s per core: median (\d+)/.exec(line)?.[1];
  const cpu = /CPU per document: median ([\d.]+) ms/.exec(line)?.[1];
  const bytes = /\((\d+) bytes of UTF-8\) on average/.exec(line)?.[1];
  if (perCore) {
    return `${perCore} documents/s per core; ${cpu} ms CPU/document (medians)`;
  }
  return bytes ? `documents of ${bytes} bytes on average` : 'see the line';
}

function table() {
  if (results.large && !results.seed) {
    largeTable();
    return;
  }
  const rows = [];
  const row = (measure, value, note) => rows.push(`| ${measure} | ${value} | ${note} |`);
  const s = results.seed;
  row('ingestion through the API', `${fixed(s.documentsPerSecond, 1)} documents/s`,
    `${s.documents} documents of ~4 kB, 2 concurrent \`ingestDocument\` calls; ${s.briefings} briefings stored`);
  for (const [i, round] of results.feed.entries()) {
    row(`feed round ${i + 1}: GraphQL / REST twin`,
      `${fixed(round.graphQl.requestsPerSecond, 0)} / ${fixed(round.rest.requestsPerSecond, 0)} req/s; `
        + `${fixed(round.graphQl.cpuMsPerRequest, 2)} / ${fixed(round.rest.cpuMsPerRequest, 2)} ms process CPU/req; `
        + `${fixed(round.graphQl.applicationMsPerRequest, 2)} / ${fixed(round.rest.applicationMsPerRequest, 2)} ms `
        + 'without database and JIT',
      `ratios ${fixed(round.cpuRatio, 2)} and ${fixed(round.applicationRatio, 2)}`);
  }
  const ratios = results.feed.map((round) => round.cpuRatio);
  row('**feed process CPU per request, GraphQL / REST twin**',
    `**${fixed(median(ratios), 2)}×** (median of ${ratios.length} rounds)`,
    `rounds ${ratios.map((r) => fixed(r, 2)).join(', ')}; target ≤ 2.5×`);
  const applicationRatios = results.feed.map((round) => round.applicationRatio);
  row('**feed CPU per request without the embedded database and JIT threads, GraphQL / REST twin**',
    `**${fixed(median(applicationRatios), 2)}×** (median of ${applicationRatios.length} rounds)`,
    `rounds ${applicationRatios.map((r) => fixed(r, 2)).join(', ')}; what GraphQL itself costs`);
  const c = results.commands;
  row('MongoDB commands, feed at first 1 / 20 / 100', c.feed.join(' / '), 'GraphQL; flat, target ≤ 6');
  row('MongoDB commands, deep query at first 1 / 20 / 100', c.deep.join(' / '),
    'officials → positions → organization, officials → briefings(first: 3)');
  row('MongoDB commands, REST twin at first 1 / 20 / 100', c.twin.join(' / '), 'the same page without GraphQL');
  const feedLatency = results.feed.map((round) => round.graphQl);
  row('feed latency p50 / p99 (GraphQL, first 20)',
    `${fixed(median(feedLatency.map((r) => r.p50)), 2)} / ${fixed(median(feedLatency.map((r) => r.p99)), 2)} ms`,
    'median over the GraphQL rounds, 2 connections');
  row('search latency p50 / p99', `${fixed(results.search.p50, 2)} / ${fixed(results.search.p99, 2)} ms`,
    `\`search(query: "Lavrov CSTO", first: 20)\`, ${ROUND_SECONDS} s, 2 connections, 30 s timeout`
      + (results.search.error ? `; ${results.search.error}` : ''));
  const l = results.live;
  row('live delivery latency p50 / p99', `${fixed(l.p50, 0)} / ${fixed(l.p99, 0)} ms`,
    `${l.connected} graphql-ws subscribers, ${l.deliveries} of ${l.expectedDeliveries} deliveries; target p99 < 1000 ms`);
  row('heap per live subscriber', `${fixed(l.heapKilobytesPerSubscriber, 1)} kB`,
    `heap used after GC: ${l.heapBefore} kB before, ${l.heapAfter} kB with ${l.subscribers} subscribers`);
  row(`resident memory at ${results.rssAtSeed.briefings} briefings (memory storage)`,
    `${fixed(results.rssAtSeed.kilobytes / 1024, 0)} MB`, 'VmRSS after the runs above');
  if (results.rssFull) {
    row(`resident memory at ${results.rssFull.briefings} briefings (file storage)`,
      `${fixed(results.rssFull.kilobytes / 1024, 0)} MB`,
      `VmRSS after seeding at ${fixed(results.rssFull.documentsPerSecond, 1)} documents/s; after a full GC: `
        + `heap used ${fixed(results.rssFull.heapAfterGc / 1024, 0)} MB, VmRSS ${fixed(results.rssFull.kilobytesAfterGc / 1024, 0)} MB`);
  } else {
    row('resident memory at 10,000 briefings (file storage)', 'not run', 'run with `--full`');
  }
  for (const line of readFileSync(options.extraction, 'utf8').split('\n').filter(Boolean)) {
    row('extraction (ExtractionBenchmark)', extractionFigure(line), line.replace(/\|/g, '/'));
  }
  console.log('| measure | value | how |\n| --- | --- | --- |');
  console.log(rows.join('\n'));
}

const phases = { seed, main, rss, table, corpus, large };
if (!phases[phase]) {
  console.error('usage: node bench.mjs seed|main|rss|table <results.json> [options]');
  process.exit(2);
}
await phases[phase]();
if (phase !== 'table' && phase !== 'corpus') {
  writeFileSync(resultsFile, JSON.stringify(results, null, 2));
}
