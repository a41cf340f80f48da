// Ingestion latency with and without live subscribers, side by side, against a running instance:
//   node src/bench/load/subscribers.mjs --base URL --key KEY [--documents N] [--subscribers N] [--stalled N]
// Ingests N generated documents two at a time with no subscriber, then opens the subscribers
// (graphql-ws, each selecting briefingPublished with its officials) plus --stalled connections
// that subscribe and then never read, ingests N more documents two at a time and prints each
// phase's ingestion p50 / p99, the answers that carried errors, and the deliveries and errors
// the reading subscribers saw. Loopback only; every loop is bounded in count and time.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { documentNumber } from './documents.mjs';
import { INGEST } from './graphql.mjs';
import { loopbackOptions, percentile, sleep } from './load.mjs';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { createClient } = await import(tools.resolve('graphql-ws'));
const { default: WebSocket } = await import(tools.resolve('ws'));

const options = loopbackOptions({ documents: '100', subscribers: '1000', stalled: '0' });
const base = options.base;
const documents = Number(options.documents);
const runId = `s${Date.now()}`;
const SUBSCRIPTION = 'subscription Live { briefingPublished { id title officials { name } } }';

/** Ingests documents from..from+count two at a time, within 300 s; returns each answer's latency and its errors. */
async function ingestPhase(from, count) {
  const latencies = [];
  const errors = [];
  const deadline = performance.now() + 300_000;
  let next = from;
  async function worker() {
    while (next < from + count && performance.now() < deadline) {
      const input = documentNumber(next++, runId);
      const began = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.key}` },
        body: JSON.stringify({ query: INGEST, variables: { input } }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = await response.json();
      latencies.push(performance.now() - began);
      if (!response.ok || body.errors) {
        errors.push(body.errors?.[0]?.extensions?.code ?? String(response.status));
      }
    }
  }
  const began = performance.now();
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return { documents: latencies.length, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** CPU seconds the application's process has used, from its Prometheus endpoint. */
async function cpuSeconds() {
  const text = await (await fetch(`${base}/actuator/prometheus`, { signal: AbortSignal.timeout(10_000) })).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith('process_cpu_time_ns_total'));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) / 1e9 : NaN;
}

function openReadingSubscribers(count) {
  const url = `${base.replace('http:', 'ws:')}/graphql`;
  const state = { connected: 0, deliveries: 0, errors: {} };
  const clients = [];
  for (let i = 0; i < count; i++) {
    const client = createClient({
      url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, on: { connected: () => { state.connected++; } },
    });
    client.subscribe({ query: SUBSCRIPTION }, {
      next: () => { state.deliveries++; },
      error: (error) => {
        const code = Array.isArray(error) ? (error[0]?.extensions?.code ?? 'uncoded') : 'closed';
        state.errors[code] = (state.errors[code] ?? 0) + 1;
      },
      complete: () => {},
    });
    clients.push(client);
  }
  return { state, close: () => Promise.all(clients.map((client) => client.dispose())) };
}

/** A raw WebSocket that subscribes and then never reads a byte (its receive window fills). */
function openStalled(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.write('GET /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
        + 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n'
        + 'Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n');
      socket.write(maskedText('{"type":"connection_init"}'));
      socket.write(maskedText(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION.replace('name', 'name positions { title }') } })));
      socket.pause();
      resolve(socket);
    });
    socket.on('error', () => resolve(socket));
  });
}

function maskedText(text) {
  const payload = Buffer.from(text);
  const header = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length])
    : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 0xff]);
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]));
  return Buffer.concat([header, mask, masked]);
}

await ingestPhase(1_000_000, 20);
const cpuBeforeWithout = await cpuSeconds();
const without = await ingestPhase(0, documents);
const cpuWithout = (await cpuSeconds()) - cpuBeforeWithout;
const readers = openReadingSubscribers(Number(options.subscribers));
const port = Number(new URL(base).port);
const stalled = [];
for (let i = 0; i < Number(options.stalled); i++) {
  stalled.push(await openStalled(port));
}
const connectDeadline = performance.now() + 60_000;
while (readers.state.connected < Number(options.subscribers) && performance.now() < connectDeadline) {
  await sleep(100);
}
await sleep(1000);
const cpuBeforeWith = await cpuSeconds();
const withSubscribers = await ingestPhase(documents, documents);
await sleep(5000);
const cpuWith = (await cpuSeconds()) - cpuBeforeWith;
await readers.close();
stalled.forEach((socket) => socket.destroy());

const fixed = (value) => (Number.isFinite(value) ? value.toFixed(0) : 'n/a');
console.log(`[subscribers] ingestion of ${documents} documents, two at a time:`);
console.log('[subscribers] subscribers            p50 ms   p99 ms   documents/s   answers with errors');
for (const [label, phase] of [['0', without], [`${readers.state.connected} reading + ${stalled.length} stalled`, withSubscribers]]) {
  console.log(`[subscribers] ${label.padEnd(20)} ${fixed(phase.p50).padStart(7)}  ${fixed(phase.p99).padStart(7)}   `
    + `${(phase.documents / phase.seconds).toFixed(1).padStart(11)}   ${phase.errors.length}${phase.errors.length ? ` (${[...new Set(phase.errors)].join(', ')})` : ''}`);
}
console.log(`[subscribers] deliveries to reading subscribers within 5 s of the last answer: ${readers.state.deliveries} `
  + `of ${withSubscribers.documents * readers.state.connected}; `
  + `subscription errors: ${JSON.stringify(readers.state.errors)}`);
console.log(`[subscribers] application CPU time: ${cpuWithout.toFixed(1)} s ingesting without subscribers, `
  + `${cpuWith.toFixed(1)} s ingesting with them and the 5 s after (process_cpu_time_ns_total)`);
process.exit(0);
