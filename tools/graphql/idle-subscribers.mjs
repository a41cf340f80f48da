// node idle-subscribers.mjs <ws-url> <server-pid> [subscribers=10] [seconds=30]
// Measures what idle live subscribers cost the server: opens the given number of graphql-ws
// subscriptions to briefingPublished, lets them settle, then reads the server process's CPU time
// from /proc before and after a quiet period and prints the share of one core it used.
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loopbackUrl } from './loopback.mjs';

const usage = 'node idle-subscribers.mjs ws://127.0.0.1:8080/graphql <server-pid> [subscribers] [seconds]';
const wsUrl = loopbackUrl(process.argv[2], usage, ['ws:']);
const pid = Number.parseInt(process.argv[3], 10);
const subscribers = Number.parseInt(process.argv[4] ?? '10', 10);
const seconds = Number.parseInt(process.argv[5] ?? '30', 10);
if (!Number.isInteger(pid) || subscribers < 1 || seconds < 1) {
  console.error(`usage: ${usage}`);
  process.exit(2);
}

const SETTLE_MS = 5_000;
const TICKS_PER_SECOND = 100;

function cpuSeconds(processId) {
  const stat = readFileSync(`/proc/${processId}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const userTicks = Number(fields[11]);
  const systemTicks = Number(fields[12]);
  return (userTicks + systemTicks) / TICKS_PER_SECOND;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const clients = [];
let received = 0;
for (let i = 0; i < subscribers; i++) {
  const client = createClient({ url: wsUrl.href, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
  client.subscribe(
    { query: 'subscription Idle { briefingPublished { id } }' },
    { next: () => { received += 1; }, error: (error) => console.error('subscription error', error), complete: () => {} },
  );
  clients.push(client);
}

await sleep(SETTLE_MS);
const before = cpuSeconds(pid);
await sleep(seconds * 1000);
const after = cpuSeconds(pid);
const share = ((after - before) / seconds) * 100;
console.log(`server CPU with ${subscribers} idle graphql-ws subscribers: ${share.toFixed(2)}% of one core `
  + `over ${seconds} s (${(after - before).toFixed(2)} CPU s; ${received} events received meanwhile)`);
await Promise.all(clients.map((client) => client.dispose()));
