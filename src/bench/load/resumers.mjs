// One share of sync.mjs's resuming graphql-ws subscribers, run as a child process so that the
// subscribers are spread over several Node.js processes (sync.mjs --client-processes) and no single
// event loop queues every client's messages. Forked by sync.mjs, never run by hand. It opens its
// clients on 'start', reports every time as epoch milliseconds taken in the message callback
// (performance.timeOrigin + performance.now(), comparable across processes), and answers 'stop'
// (before that, 'connect' connects as many subscribers and disconnects them, as the phones were before
// they lost the network)
// with its subscribers' steps, its CPU time and how busy its event loop was. With `spread`, each
// client opens after its own wait as the graphql-ws client library waits before its first retry by
// default (1 s plus 300 to 3,000 ms at random), and reports when it opened (`startedAt`), so that its
// times can be taken from its own reconnect. With `client: 'lean'` each resumer is a minimal
// graphql-transport-ws client on `ws` instead of the graphql-ws library's: the same messages on the
// same sockets (compression offered as the library's socket offers it), but it reads only a message's
// type and cursor, to measure how much of the times is the driver's own work. Loopback only.
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { createClient } = await import(tools.resolve('graphql-ws'));
const { default: WebSocket } = await import(tools.resolve('ws'));

const CHANGED = 'subscription Changed($after: String) { briefingChanged(after: $after) { cursor node { briefingId kind } } }';
const now = () => performance.timeOrigin + performance.now();

let subscribers = [];
let cpuBefore;
let loopBefore;
let replayReported = false;
let subscribing = true;

// The graphql-ws client's default wait before its first retry (randomisedExponentialBackoff, retries 0).
const firstRetryWait = () => 1000 + Math.floor(Math.random() * (3000 - 300) + 300);

function start({ url, token, count, missed, spread, client, subscribe }) {
  const opener = (client === 'lean') ? openLean : open;
  subscribing = subscribe !== false;
  if (!/^ws:\/\/127\.0\.0\.1:\d+\/graphql$/.test(url)) {
    throw new Error(`The benchmark only runs against ws://127.0.0.1:<port>/graphql, not ${url}`);
  }
  cpuBefore = process.cpuUsage();
  loopBefore = performance.eventLoopUtilization();
  for (let i = 0; i < count; i++) {
    const s = {
      cursors: [], live: [], startedAt: null, openedAt: null, acknowledgedAt: null, firstAt: null, replayedAt: null,
      failed: false,
    };
    subscribers.push(s);
    if (spread) {
      setTimeout(() => opener(s, url, token, missed), firstRetryWait());
    }
    else {
      opener(s, url, token, missed);
    }
  }
}

function open(s, url, token, missed) {
  s.startedAt = now();
  s.client = createClient({
    url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
    on: { opened: () => { s.openedAt = now(); }, connected: () => acknowledged(s, now()) },
  });
  if (!subscribing) {
    return;
  }
  s.client.subscribe({ query: CHANGED, variables: { after: token } }, {
    next: (message) => received(s, message.data?.briefingChanged?.cursor, now(), missed),
    error: () => { s.failed = true; },
    complete: () => {},
  });
}

// The same steps as open() without the library: connection_init on open, subscribe on connection_ack,
// pong to ping, and of a `next` only the cursor is read.
function openLean(s, url, token, missed) {
  s.startedAt = now();
  const socket = new WebSocket(url, 'graphql-transport-ws');
  s.client = { dispose: () => socket.close(1000) };
  const subscribe = JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CHANGED, variables: { after: token } } });
  socket.on('open', () => {
    s.openedAt = now();
    socket.send('{"type":"connection_init","payload":{}}');
  });
  socket.on('message', (data) => {
    const at = now();
    const text = data.toString();
    if (text.includes('"type":"next"')) {
      const start = text.indexOf('"cursor":"') + 10;
      received(s, text.slice(start, text.indexOf('"', start)), at, missed);
    }
    else if (text.includes('"type":"connection_ack"')) {
      acknowledged(s, at);
      if (subscribing) {
        socket.send(subscribe);
      }
    }
    else if (text.includes('"type":"ping"')) {
      socket.send('{"type":"pong"}');
    }
    else if (text.includes('"type":"error"')) {
      s.failed = true;
    }
  });
  socket.on('error', () => { s.failed = true; });
}

// Without subscribing (sync.mjs --subscribe false), a resumer is done once acknowledged: the cost of
// the socket and connection_init alone.
function acknowledged(s, at) {
  s.acknowledgedAt = at;
  if (!subscribing) {
    s.replayedAt = at;
    reportReplayWhenAllDone();
  }
}

function received(s, cursor, at, missed) {
  s.firstAt ??= at;
  s.cursors.push(cursor);
  if (s.cursors.length === missed) {
    s.replayedAt = at;
    reportReplayWhenAllDone();
  }
  if (s.cursors.length > missed) {
    s.live.push(at);
    process.send({ type: 'live', at });
  }
}

function reportReplayWhenAllDone() {
  if (!replayReported && subscribers.every((s) => s.replayedAt !== null)) {
    replayReported = true;
    replayUsage = { cpu: process.cpuUsage(cpuBefore), loop: performance.eventLoopUtilization(loopBefore) };
    process.send({ type: 'replayed' });
  }
}

let replayUsage = null;

async function stop(exit) {
  const usage = replayUsage ?? { cpu: process.cpuUsage(cpuBefore), loop: performance.eventLoopUtilization(loopBefore) };
  const report = subscribers.map((s) => ({
    startedAt: s.startedAt, openedAt: s.openedAt, acknowledgedAt: s.acknowledgedAt, firstAt: s.firstAt, replayedAt: s.replayedAt,
    received: s.cursors.length, distinct: new Set(s.cursors).size, failed: s.failed,
  }));
  await Promise.all(subscribers.filter((s) => s.client).map((s) => s.client.dispose()));
  subscribers = [];
  replayReported = false;
  replayUsage = null;
  process.send({
    type: 'report', subscribers: report,
    cpuSeconds: (usage.cpu.user + usage.cpu.system) / 1e6, loopBusy: usage.loop.utilization,
  }, () => { if (exit) { process.exit(0); } });
}

// Before the disconnect: the same number of subscribers connected and following live, as the
// phones were before they lost the network; answered once all are acknowledged (or after 60 s).
async function connectBefore({ url, token, count }) {
  const earlier = [];
  for (let i = 0; i < count; i++) {
    const s = { acknowledged: false };
    s.client = createClient({
      url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
      on: { connected: () => { s.acknowledged = true; } },
    });
    s.client.subscribe({ query: CHANGED, variables: { after: token } }, { next: () => {}, error: () => {}, complete: () => {} });
    earlier.push(s);
  }
  const deadline = performance.now() + 60_000;
  while (earlier.some((s) => !s.acknowledged) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const acknowledged = earlier.filter((s) => s.acknowledged).length;
  await Promise.all(earlier.map((s) => s.client.dispose()));
  process.send({ type: 'disconnected', acknowledged });
}

process.on('message', (message) => {
  if (message.type === 'connect') {
    connectBefore(message);
  }
  else if (message.type === 'start') {
    start(message);
  }
  else if (message.type === 'stop') {
    stop(message.exit !== false);
  }
});
process.send({ type: 'ready' });
