// The load both benchmark drivers put on a running instance: ingestion two documents at a
// time and graphql-ws subscribers timing the delivery of new briefings. Loopback only; every
// loop is bounded in count and time.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { documentNumber } from './documents.mjs';
import { INGEST, post } from './graphql.mjs';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { createClient } = await import(tools.resolve('graphql-ws'));
const { default: WebSocket } = await import(tools.resolve('ws'));

/**
 * Reads `--name value` pairs over the defaults and checks that `--base` is a loopback address:
 * load from these scripts goes to 127.0.0.1 only.
 */
export function loopbackOptions(defaults, args = process.argv.slice(2)) {
  const options = { ...defaults };
  for (let i = 0; i < args.length; i += 2) {
    options[args[i].replace(/^--/, '')] = args[i + 1];
  }
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(options.base ?? '')) {
    throw new Error('--base must be http://127.0.0.1:<port>');
  }
  return options;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(sorted, p) {
  if (sorted.length === 0) {
    return NaN;
  }
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Ingests documentFor(0), documentFor(1), ... up to count documents, two requests at a time,
 * until all are in or `seconds` have passed; returns how many went in and how long it took.
 */
export async function ingestTwoAtATime(base, key, count, seconds, documentFor) {
  const began = performance.now();
  const deadline = began + seconds * 1000;
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < count && performance.now() < deadline) {
      await post(base, INGEST, { input: documentFor(next++) }, key);
      done++;
    }
  }
  await Promise.all([worker(), worker()]);
  return { documents: done, seconds: (performance.now() - began) / 1000 };
}

/**
 * Opens `count` graphql-ws subscriptions to briefingPublished and waits up to 60 s for them
 * to connect. deliver() then ingests documents one at a time, each waiting up to 10 s to reach
 * every connected subscriber, and records each delivery's latency in milliseconds.
 */
export async function openSubscribers(base, count) {
  const url = `${base.replace('http:', 'ws:')}/graphql`;
  const clients = [];
  const latencies = [];
  const state = { connected: 0, failures: 0, sentAt: 0 };
  for (let i = 0; i < count; i++) {
    const client = createClient({
      url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, on: { connected: () => { state.connected++; } },
    });
    client.subscribe({ query: 'subscription Live { briefingPublished { id title } }' }, {
      next: () => { latencies.push(performance.now() - state.sentAt); },
      error: () => { state.failures++; },
      complete: () => {},
    });
    clients.push(client);
  }
  const connectDeadline = performance.now() + 60_000;
  while (state.connected < count && performance.now() < connectDeadline) {
    await sleep(100);
  }
  return {
    state,
    latencies,
    async deliver(key, documents, runId) {
      for (let n = 0; n < documents; n++) {
        const expected = latencies.length + state.connected;
        state.sentAt = performance.now();
        await post(base, INGEST, { input: documentNumber(n, runId) }, key);
        const deadline = performance.now() + 10_000;
        while (latencies.length < expected && performance.now() < deadline) {
          await sleep(20);
        }
        await sleep(500);
      }
    },
    close: () => Promise.all(clients.map((client) => client.dispose())),
  };
}
