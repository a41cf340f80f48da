// The machine's floor for run.sh --sync: a stand-in for the application that does the least any
// graphql-ws server can do, so that sync.mjs, unchanged, measures what is left (the driver, the
// kernel, the loopback) when the server costs next to nothing.
//   node floor-server.mjs --port PORT
// It answers only what sync.mjs asks (loopback only, no checks, no storage):
// - POST /graphql: createApiKey gives a fixed secret; briefingChanges an empty last page whose
//   token is the number of changes logged so far;
//   ingestDocument of a document whose text says "missed" logs one change, of one that says "live"
//   sends one change to every running subscription; retractDocument nothing.
// - GET /actuator/prometheus: process_cpu_time_ns_total of this process, as the application reports it.
// - WebSocket /graphql (graphql-transport-ws, no compression): connection_ack to connection_init, pong
//   to ping; a subscribe gets every change logged after its token at once as `next` messages of the
//   application's shape, all
//   written in one go (the socket corked until they are queued), and stays subscribed for live ones.
// It listens with a backlog of 4,096 connections (the application's Tomcat accepts 100,
// server.tomcat.accept-count), so that no connection of the burst waits for a retried SYN.
import http from 'node:http';
import { createRequire } from 'node:module';

const tools = createRequire(new URL('../../../tools/graphql/package.json', import.meta.url));
const { default: { WebSocketServer } } = await import(tools.resolve('ws'));

const options = {};
const rest = process.argv.slice(2);
for (let i = 0; i < rest.length; i += 2) {
  options[rest[i].replace(/^--/, '')] = rest[i + 1];
}
const port = Number(options.port ?? 0);

const changes = [];
const subscriptions = new Set();
const startedCpu = process.cpuUsage();

// The data of one change as the application writes it for
// briefingChanged(after:) { cursor node { briefingId kind } }, with a cursor of the same length.
function change(n) {
  const cursor = `c2VxOj${String(n).padStart(18, '0')}Ojk5OTk5OTk5OTk=`;
  const briefingId = `QnJpZWZpbmc6Zmxvb3ItJHtufS${String(n).padStart(8, '0')}`;
  return JSON.stringify({ cursor, node: { briefingId, kind: 'PUBLISHED' } });
}

function next(id, data) {
  return `{"id":${JSON.stringify(id)},"payload":{"data":{"briefingChanged":${data}}},"type":"next"}`;
}

function answer(response, data) {
  const body = JSON.stringify({ data });
  response.writeHead(200, { 'Content-Type': 'application/graphql-response+json', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

function graphQl(request, response) {
  let text = '';
  request.setEncoding('utf8');
  request.on('data', (piece) => { text += piece; });
  request.on('end', () => {
    const { query, variables } = JSON.parse(text);
    if (query.includes('createApiKey')) {
      answer(response, { createApiKey: { secret: 'floor' } });
    }
    else if (query.includes('briefingChanges')) {
      answer(response, { briefingChanges: { edges: [], pageInfo: { hasNextPage: false }, syncToken: String(changes.length) } });
    }
    else if (query.includes('retractDocument')) {
      answer(response, { retractDocument: { alreadyRetracted: false } });
    }
    else {
      ingested(variables.input.text);
      answer(response, { ingestDocument: { duplicate: false } });
    }
  });
}

function ingested(text) {
  const data = change(changes.length);
  if (text.includes(' missed ')) {
    changes.push(data);
  }
  if (text.includes(' live ')) {
    changes.push(data);
    for (const subscription of subscriptions) {
      subscription.socket.send(next(subscription.id, data));
    }
  }
}

function prometheus(response) {
  const used = process.cpuUsage(startedCpu);
  const body = `process_cpu_time_ns_total ${(used.user + used.system) * 1000}\n`;
  response.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

const server = http.createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/graphql') {
    graphQl(request, response);
  }
  else if (request.url === '/actuator/prometheus') {
    prometheus(response);
  }
  else {
    response.writeHead(404).end();
  }
});

const sockets = new WebSocketServer({
  server, path: '/graphql', perMessageDeflate: false,
  handleProtocols: (protocols) => (protocols.has('graphql-transport-ws') ? 'graphql-transport-ws' : false),
});

sockets.on('connection', (socket) => {
  const mine = new Map();
  socket.on('message', (raw) => {
    const message = JSON.parse(raw.toString());
    if (message.type === 'connection_init') {
      socket.send('{"type":"connection_ack"}');
    }
    else if (message.type === 'ping') {
      socket.send('{"type":"pong"}');
    }
    else if (message.type === 'subscribe') {
      subscribe(socket, mine, message.id, Number(message.payload?.variables?.after ?? changes.length));
    }
    else if (message.type === 'complete') {
      subscriptions.delete(mine.get(message.id));
      mine.delete(message.id);
    }
  });
  socket.on('close', () => mine.forEach((subscription) => subscriptions.delete(subscription)));
});

function subscribe(socket, mine, id, after) {
  socket._socket.cork();
  for (const data of changes.slice(after)) {
    socket.send(next(id, data));
  }
  process.nextTick(() => socket._socket.uncork());
  const subscription = { socket, id };
  mine.set(id, subscription);
  subscriptions.add(subscription);
}

server.listen({ port, host: '127.0.0.1', backlog: 4096 }, () => {
  console.log(`[floor] listening on 127.0.0.1:${server.address().port}`);
});
