// One client floods the server with graphql-ws sockets that send connection_init and never
// subscribe, while a second client address keeps asking a small query; prints how many sockets
// were accepted and refused, the server's resident memory before, during and after, and the
// second client's latency. Against a running instance on loopback:
//   node src/bench/load/socket-flood.mjs --base http://127.0.0.1:PORT --pid SERVER_PID [--sockets 8400] [--hold 20]
// The flood comes from 127.0.0.2 (Linux routes all of 127/8 to loopback), the second client from
// 127.0.0.1. Every socket is closed at the end; every wait is bounded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { loopbackOptions, percentile, sleep } from './load.mjs';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { default: WebSocket } = await import(tools.resolve('ws'));

const options = loopbackOptions({ sockets: '8400', hold: '20', batch: '200' });
const wsUrl = `${options.base.replace('http', 'ws')}/graphql`;

function rssMegabytes() {
  const status = readFileSync(`/proc/${options.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}

/** Opens one socket from the flooding address; resolves with how it ended up. */
function openIdleSocket(sockets) {
  return new Promise((resolve) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { localAddress: '127.0.0.2' });
    const timer = setTimeout(() => resolve('no answer'), 15_000);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      if (JSON.parse(data.toString()).type === 'connection_ack') {
        clearTimeout(timer);
        sockets.push(socket);
        resolve('accepted');
      }
    });
    socket.on('unexpected-response', (request, response) => {
      clearTimeout(timer);
      resolve(`refused ${response.statusCode}`);
    });
    socket.on('close', (code) => {
      clearTimeout(timer);
      resolve(`closed ${code}`);
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve('error');
    });
  });
}

/** The second client: one small query every 100 ms until stopped; returns the latencies. */
async function observe(running) {
  const latencies = [];
  let failures = 0;
  while (running.value) {
    const began = performance.now();
    try {
      const response = await fetch(`${options.base}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(10_000),
      });
      await response.text();
      if (!response.ok) failures++;
      latencies.push(performance.now() - began);
    } catch {
      failures++;
    }
    await sleep(100);
  }
  latencies.sort((a, b) => a - b);
  return { latencies, failures };
}

const before = rssMegabytes();
const running = { value: true };
const observer = observe(running);
const sockets = [];
const outcomes = {};
const began = performance.now();
const total = Number(options.sockets);
for (let opened = 0; opened < total; opened += Number(options.batch)) {
  const batch = [];
  for (let i = opened; i < Math.min(total, opened + Number(options.batch)); i++) {
    batch.push(openIdleSocket(sockets));
  }
  for (const outcome of await Promise.all(batch)) {
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
}
const openSeconds = (performance.now() - began) / 1000;
await sleep(Number(options.hold) * 1000);
const during = rssMegabytes();
for (const socket of sockets) socket.terminate();
await sleep(5000);
running.value = false;
const { latencies, failures } = await observer;
const after = rssMegabytes();

console.log(`[flood] ${total} graphql-ws sockets from 127.0.0.2 in ${openSeconds.toFixed(1)} s: ${JSON.stringify(outcomes)}`);
console.log(`[flood] server RSS: ${before} MB before, ${during} MB with the sockets held ${options.hold} s, ${after} MB after closing them`);
console.log(`[flood] second client (127.0.0.1), ${latencies.length} queries: p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
  `p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms, ${failures} failed`);
process.exit(0);
