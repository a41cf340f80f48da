// The offline sync and resumable live benchmark, called by run.sh --sync:
//   node sync.mjs --base URL --key KEY [--changes 1000] [--subscribers 1000] [--disconnect 10] [--missed 20]
//     [--client-processes 2] [--spread true] [--subscribe false] [--label NAME]
// 1. Logs about 1,000 changes (publications, corrections, retractions) after a sync token, then
//    syncs them in pages of 100 and prints each page's time and MongoDB commands.
// 2. Connects `subscribers` graphql-ws clients following live and disconnects them all, as phones
//    that lose the network; opens no subscriber for `disconnect` seconds while documents are
//    published, then subscribes
//    `subscribers` graphql-ws clients with `briefingChanged(after: <token>)` at once, waits for
//    every one to replay what it missed, publishes more and prints the live delivery p50/p99 and
//    whether any subscriber missed or repeated a change. Loopback only; every loop is bounded.
//    "Replay p50/p99" is, per subscriber, from the moment the first client starts connecting (all
//    1,000 start at once) to the arrival of its last missed change, taken in the client's message
//    callback. The subscribers are spread over `client-processes` child processes (resumers.mjs)
//    so that one event loop does not queue the messages of all of them; the driver's own CPU time
//    and event-loop use are printed, as are the times each subscriber's socket opened, was
//    acknowledged and received its first change.
//    With --spread true the resumers do not all start at once: each reconnects after the wait the
//    graphql-ws client library takes before its first retry by default (1 s plus 300 to 3,000 ms at
//    random), and its times run from its own reconnect. --client lean holds the resumers in a minimal
//    client of the same protocol instead of the graphql-ws library (resumers.mjs), which reads only a
//    message's type and cursor: the driver's own share. --label names the run in what it prints;
//    --subscribe false opens the resumers' sockets and sends connection_init only (no subscribe, no live
//    changes): with --missed 1 and --missed 20 it splits the server's CPU per resumer into the socket, the
//    subscribe and each further replayed change.
//    --summary FILE appends one JSON line with the run's figures (run.sh --sync prints them as a table).
//    The load average and the machine's TCP listen-queue overflows (/proc/net/netstat, every
//    process's: connections the kernel dropped because a server did not accept them fast enough,
//    which the client retries after a second or more) are taken before and after the burst.
import { performance } from 'node:perf_hooks';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { appendFileSync, readFileSync } from 'node:fs';
import { post } from './graphql.mjs';
import { percentile, sleep } from './load.mjs';


const options = {};
const rest = process.argv.slice(2);
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}
const base = options.base;
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base ?? '')) {
  throw new Error(`The benchmark only runs against http://127.0.0.1:<port>, not ${base}`);
}
const changes = Number(options.changes ?? 1000);
const subscriberCount = Number(options.subscribers ?? 1000);
const disconnectSeconds = Number(options.disconnect ?? 10);
const missedCount = Number(options.missed ?? 20);
const clientProcesses = Math.max(1, Number(options['client-processes'] ?? 2));
const spread = options.spread === 'true';
const subscribing = options.subscribe !== 'false';
const label = options.label ? `[${options.label}] ` : '';
const run = `sync${Date.now()}`;

const CHANGES = `query Changes($after: String) {
  briefingChanges(after: $after, first: 100) {
    edges { cursor node { briefingId kind version changedAt briefing { id title version } } }
    pageInfo { hasNextPage }
    syncToken
  }
}`;
const INGEST = 'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate } }';
const RETRACT = 'mutation Retract($externalId: String!) { retractDocument(externalId: $externalId) { alreadyRetracted } }';
const CREATE_KEY = 'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';

function document(n, items, variant) {
  const lines = [];
  for (let i = 0; i < items; i++) {
    lines.push(`MOSCOW, April 3 -- Envoy ${n}-${i} of ${run} ${variant} the talks in Minsk, officials said on Thursday.`);
  }
  return { text: lines.join('\n'), externalId: `${run}-${n}`, publishedAt: '2026-04-03', sourceName: 'Sync wire' };
}

async function prometheusCommands() {
  return (await prometheus()).commands;
}

// MongoDB commands sent and CPU seconds the application's process used, from its Prometheus endpoint.
async function prometheus() {
  const text = await (await fetch(`${base}/actuator/prometheus`, { signal: AbortSignal.timeout(10_000) })).text();
  let commands = 0;
  let cpuSeconds = NaN;
  let sharedRuns = 0;
  let sharedReuses = 0;
  let encodings = 0;
  let encodingReuses = 0;
  let heldDeliveries = 0;
  for (const line of text.split('\n')) {
    const value = Number(line.slice(line.lastIndexOf(' ') + 1));
    if (line.startsWith('mongodb_driver_commands_seconds_count{')) {
      commands += value;
    }
    if (line.startsWith('process_cpu_time_ns_total')) {
      cpuSeconds = value / 1e9;
    }
    if (line.startsWith('briefings_subscriptions_shared_runs_total')) {
      sharedRuns = value;
    }
    if (line.startsWith('briefings_subscriptions_shared_reuses_total')) {
      sharedReuses = value;
    }
    if (line.startsWith('briefings_subscriptions_shared_encodings_total')) {
      encodings = value;
    }
    if (line.startsWith('briefings_subscriptions_shared_encoding_reuses_total')) {
      encodingReuses = value;
    }
    if (line.startsWith('briefings_subscriptions_shared_held_deliveries_total')) {
      heldDeliveries = value;
    }
  }
  return { commands, cpuSeconds, sharedRuns, sharedReuses, encodings, encodingReuses, heldDeliveries };
}

async function currentToken() {
  let after = null;
  for (let page = 0; page < 10_000; page++) {
    const data = await post(base, CHANGES, { after });
    after = data.briefingChanges.syncToken;
    if (!data.briefingChanges.pageInfo.hasNextPage) {
      return after;
    }
  }
  throw new Error('the change log did not end within 10,000 pages');
}

async function logChanges(partnerKey) {
  const items = 10;
  const documents = Math.round((changes * 0.8) / items);
  const corrected = Math.round((changes * 0.1) / items);
  const retracted = Math.round((changes * 0.1) / items);
  for (let n = 0; n < documents; n++) {
    await post(base, INGEST, { input: document(n, items, 'opened') }, partnerKey);
  }
  for (let n = 0; n < corrected; n++) {
    await post(base, INGEST, { input: document(n, items, 'closed') }, partnerKey);
  }
  for (let n = 0; n < retracted; n++) {
    await post(base, RETRACT, { externalId: `${run}-${documents - 1 - n}` }, partnerKey);
  }
  return documents * items + (corrected + retracted) * items;
}

async function syncInPages(token) {
  const pages = [];
  let after = token;
  const began = performance.now();
  for (let page = 0; page < 1000; page++) {
    const commandsBefore = await prometheusCommands();
    const sent = performance.now();
    const data = await post(base, CHANGES, { after });
    const ms = performance.now() - sent;
    const commands = (await prometheusCommands()) - commandsBefore;
    const connection = data.briefingChanges;
    pages.push({ changes: connection.edges.length, ms, commands });
    after = connection.syncToken;
    if (!connection.pageInfo.hasNextPage) {
      break;
    }
  }
  return { pages, seconds: (performance.now() - began) / 1000 };
}

async function replayThenLive(partnerKey) {
  const token = await currentToken();
  const url = `${base.replace('http:', 'ws:')}/graphql`;
  const children = await forkResumers(clientProcesses);
  const shares = children.map((child, i) => Math.floor(subscriberCount / children.length)
    + (i < subscriberCount % children.length ? 1 : 0));
  const connectedBefore = await connectThenDisconnect(children, shares, url, token);
  const missedDocuments = missedCount;
  const disconnectedUntil = performance.now() + disconnectSeconds * 1000;
  for (let n = 0; n < missedDocuments; n++) {
    await post(base, INGEST, { input: document(10_000 + n, 1, 'missed') }, partnerKey);
  }
  await sleep(Math.max(0, disconnectedUntil - performance.now()));

  const state = { sentAt: 0, liveLatencies: [], replayedChildren: 0 };
  for (const child of children) {
    child.on('message', (message) => {
      if (message.type === 'live') {
        state.liveLatencies.push(message.at - state.sentAt);
      }
      else if (message.type === 'replayed') {
        state.replayedChildren++;
      }
    });
  }
  const before = await prometheus();
  const machineBefore = machine();
  const commandsBefore = before.commands;
  const subscribedAt = epochNow();
  children.forEach((child, i) => child.send({
    type: 'start', url, token, missed: missedDocuments,
    count: shares[i], spread, client: options.client ?? 'graphql-ws', subscribe: subscribing,
  }));
  const replayDeadline = performance.now() + 120_000;
  while (state.replayedChildren < children.length && performance.now() < replayDeadline) {
    await sleep(100);
  }
  const afterReplay = await prometheus();
  const machineAfter = machine();
  console.log(`[sync] ${label}burst from ${new Date(subscribedAt).toISOString()} to ${new Date(epochNow()).toISOString()}`
    + ' (for cutting a profile to it)');
  const replayCommands = afterReplay.commands - commandsBefore;

  const liveDocuments = subscribing ? 3 : 0;
  for (let n = 0; n < liveDocuments; n++) {
    const expected = state.liveLatencies.length + subscriberCount;
    state.sentAt = epochNow();
    await post(base, INGEST, { input: document(20_000 + n, 1, 'live') }, partnerKey);
    const deadline = performance.now() + 10_000;
    while (state.liveLatencies.length < expected && performance.now() < deadline) {
      await sleep(20);
    }
    await sleep(500);
  }
  const afterLive = await prometheus();
  const reports = await Promise.all(children.map((child) => stopResumers(child)));
  const subscribers = reports.flatMap((report) => report.subscribers);
  const wrong = subscribers.filter((s) => s.received !== (subscribing ? missedDocuments + liveDocuments : 0)
    || s.distinct !== s.received).length;
  const since = (phase) => subscribers.filter((s) => s[phase] !== null)
    .map((s) => s[phase] - (spread ? s.startedAt : subscribedAt))
    .sort((a, b) => a - b);
  const replayMs = since('replayedAt');
  const phases = {};
  for (const phase of ['openedAt', 'acknowledgedAt', 'firstAt', 'replayedAt']) {
    const times = since(phase);
    phases[phase] = { count: times.length, p1: percentile(times, 1), p50: percentile(times, 50), p99: percentile(times, 99) };
  }
  const live = [...state.liveLatencies].sort((a, b) => a - b);
  return {
    subscribers: subscriberCount, missedDocuments, liveDocuments, replayed: replayMs.length,
    replayP50: percentile(replayMs, 50), replayP99: percentile(replayMs, 99),
    liveDeliveries: live.length, liveP50: percentile(live, 50), liveP99: percentile(live, 99),
    wrong, failures: subscribers.filter((s) => s.failed).length, replayCommands,
    replayCpu: afterReplay.cpuSeconds - before.cpuSeconds, liveCpu: afterLive.cpuSeconds - afterReplay.cpuSeconds,
    phases, clientProcesses: children.length, connectedBefore,
    clientCpu: reports.reduce((sum, report) => sum + report.cpuSeconds, 0),
    clientLoopBusy: Math.max(...reports.map((report) => report.loopBusy)),
    sharedRuns: afterLive.sharedRuns - before.sharedRuns, sharedReuses: afterLive.sharedReuses - before.sharedReuses,
    heldDeliveries: afterLive.heldDeliveries - before.heldDeliveries,
    encodings: afterLive.encodings - before.encodings, encodingReuses: afterLive.encodingReuses - before.encodingReuses,
    loadBefore: machineBefore.load, loadAfter: machineAfter.load,
    listenOverflows: machineAfter.listenOverflows - machineBefore.listenOverflows,
  };
}

// The 1-minute load average and the machine's count of TCP listen-queue overflows.
function machine() {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((line) => line.startsWith('TcpExt:'));
  const names = lines[0].split(' ');
  const values = lines[1].split(' ');
  return { load: Number(load), listenOverflows: Number(values[names.indexOf('ListenOverflows')]) };
}

const epochNow = () => performance.timeOrigin + performance.now();

// Starts the child processes that hold the subscribers (resumers.mjs) and waits until each is ready.
async function forkResumers(count) {
  const script = fileURLToPath(new URL('./resumers.mjs', import.meta.url));
  return Promise.all(Array.from({ length: count }, () => new Promise((resolve, reject) => {
    const child = fork(script, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', (message) => (message.type === 'ready' ? resolve(child) : reject(new Error(message.type))));
  })));
}

// Connects every subscriber once and disconnects it, as the phones were connected before they lost
// the network (this also means the server has served graphql-ws before the measured burst); returns how
// many were acknowledged.
async function connectThenDisconnect(children, shares, url, token) {
  const answers = children.map((child, i) => new Promise((resolve) => {
    child.once('message', (message) => resolve(message.acknowledged ?? 0));
    child.send({ type: 'connect', url, token, count: shares[i] });
  }));
  return (await Promise.all(answers)).reduce((sum, n) => sum + n, 0);
}

// Asks a child for its report; it closes its clients and exits.
function stopResumers(child) {
  return new Promise((resolve) => {
    child.on('message', (message) => {
      if (message.type === 'report') {
        resolve(message);
      }
    });
    child.send({ type: 'stop' });
  });
}

const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

const partnerKey = (await post(base, CREATE_KEY,
  { input: { partner: 'sync-bench', roles: ['PARTNER'] } }, options.key)).createApiKey.secret;
const token = await currentToken();
const logged = await logChanges(partnerKey);
const sync = await syncInPages(token);
console.log(`[sync] ${label}${logged} changes logged; synced in ${sync.pages.length} pages of up to 100 in `
  + `${fixed(sync.seconds, 2)} s`);
console.log('| page | changes | ms | MongoDB commands |\n| --- | --- | --- | --- |');
sync.pages.forEach((page, i) => console.log(`| ${i + 1} | ${page.changes} | ${fixed(page.ms, 1)} | ${page.commands} |`));
if (subscriberCount > 0) {
  const r = await replayThenLive(partnerKey);
  const from = spread ? 'after its own reconnect (spread as graphql-ws retries by default)' : 'after subscribing';
  console.log(`[sync] ${label}replay then live: ${r.subscribers} graphql-ws subscribers (${r.connectedBefore} of them connected `
    + `and acknowledged before the disconnect) resumed after a ${disconnectSeconds} s `
    + `disconnect with ${r.missedDocuments} changes missed; ${r.replayed} replayed them all, p50 / p99 `
    + `${fixed(r.replayP50, 0)} / ${fixed(r.replayP99, 0)} ms ${from} with ${r.replayCommands} MongoDB `
    + `commands meanwhile; live delivery p50 / p99 `
    + `${fixed(r.liveP50, 0)} / ${fixed(r.liveP99, 0)} ms over ${r.liveDeliveries} deliveries of `
    + `${r.subscribers * r.liveDocuments}; subscribers with a missed or repeated change: ${r.wrong}; errors: ${r.failures}`);
  console.log(`[sync] ${label}application CPU time: ${fixed(r.replayCpu, 1)} s from subscribing until the replay ended, `
    + `${fixed(r.liveCpu, 1)} s for the ${r.liveDocuments} live changes (process_cpu_time_ns_total); `
    + `selection sets run ${r.sharedRuns}, results reused ${r.sharedReuses} (0 and 0 without shared execution), `
    + `${r.heldDeliveries} of them without graphql-java's per-event execution (0 before that path); `
    + `shared results written as JSON ${r.encodings}, their JSON reused ${r.encodingReuses} (0 and 0 before this counter)`);
  console.log(`[sync] ${label}driver: ${r.clientProcesses} Node.js processes holding the subscribers used ${fixed(r.clientCpu, 1)} s `
    + `of CPU from subscribing until their replay ended; the busiest event loop was busy `
    + `${fixed(r.clientLoopBusy * 100, 0)}% of that time`);
  console.log(`[sync] ${label}load average ${r.loadBefore} before the burst, ${r.loadAfter} after the replay; `
    + `TCP listen-queue overflows on the machine during the burst: ${r.listenOverflows}`);
  if (options.summary) {
    appendFileSync(options.summary, `${JSON.stringify({
      label: options.label ?? '', spread, client: options.client ?? 'graphql-ws', replayed: r.replayed, subscribers: r.subscribers,
      replayP50: r.replayP50, replayP99: r.replayP99, liveP50: r.liveP50, liveP99: r.liveP99,
      cpuPerResumerMs: (r.replayCpu * 1000) / r.subscribers, driverCpu: r.clientCpu, wrong: r.wrong,
      loadBefore: r.loadBefore, loadAfter: r.loadAfter, listenOverflows: r.listenOverflows,
      opened: r.phases.openedAt.p50, acknowledged: r.phases.acknowledgedAt.p50, first: r.phases.firstAt.p50,
    })}\n`);
  }
  console.log(`[sync] ${label}when each resumer reached each step, ms ${spread ? 'after its own reconnect' : 'after subscribing began'} (count, p1 / p50 / p99): `
    + Object.entries(r.phases).map(([phase, t]) => `${phase.replace(/At$/, '')} ${t.count}, `
      + `${fixed(t.p1, 0)} / ${fixed(t.p50, 0)} / ${fixed(t.p99, 0)}`).join('; '));
}
