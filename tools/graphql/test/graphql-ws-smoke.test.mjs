// The graphql-ws smoke script against a stand-in server (graphql-ws's own server on ws, plus a
// plain HTTP handler for ingestDocument), so its passing path is checked before the
// application has the subscription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

const smokeScript = resolve(dirname(fileURLToPath(import.meta.url)), '../graphql-ws-smoke.mjs');

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Briefing { id: ID! title: String! }
  type Subscription { briefingPublished: Briefing! }
`);

/** Starts the stand-in; `publishedId` is the ID the subscription reports after each ingestion. */
async function startServer({ publishedId }) {
  const listeners = new Set();
  const http = createServer((request, response) => {
    const authorized = request.headers.authorization === 'Bearer test-key';
    const briefing = { id: 'briefing-1', title: 'Ingested' };
    response.writeHead(authorized ? 200 : 401, { 'content-type': 'application/json' });
    response.end(JSON.stringify(authorized ? { data: { ingestDocument: { duplicate: false, briefings: [briefing] } } } : { errors: [{ message: 'no key' }] }));
    for (const listener of listeners) {
      listener({ briefingPublished: { id: publishedId, title: briefing.title } });
    }
  });
  const briefingPublished = async function* () {
    const queue = [];
    let wake;
    const listener = (event) => {
      queue.push(event);
      wake?.();
    };
    listeners.add(listener);
    try {
      for (;;) {
        while (queue.length > 0) {
          yield queue.shift();
        }
        await new Promise((resolve) => (wake = resolve));
      }
    } finally {
      listeners.delete(listener);
    }
  };
  const wss = new WebSocketServer({ server: http, path: '/graphql' });
  const cleanup = useServer({ schema, roots: { subscription: { briefingPublished } } }, wss);
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  return {
    url: `ws://127.0.0.1:${http.address().port}/graphql`,
    async close() {
      await cleanup.dispose();
      http.close();
    },
  };
}

async function runSmoke(url) {
  const child = spawn(process.execPath, [smokeScript, url], { env: { ...process.env, BRIEFINGS_API_KEY: 'test-key' } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [status] = await once(child, 'exit');
  return { status, output };
}

test('passes when the ingested briefing is published', async () => {
  const server = await startServer({ publishedId: 'briefing-1' });
  try {
    const { status, output } = await runSmoke(server.url);
    assert.equal(status, 0, output);
    assert.match(output, /event: \{"data":\{"briefingPublished":\{"id":"briefing-1","title":"Ingested"\}\}\}/);
  } finally {
    await server.close();
  }
});

test('fails when the event is for another briefing', async () => {
  const server = await startServer({ publishedId: 'briefing-2' });
  try {
    const { status, output } = await runSmoke(server.url);
    assert.equal(status, 1, output);
    assert.match(output, /is not one of the ingested briefings briefing-1/);
  } finally {
    await server.close();
  }
});

test('fails clearly when nothing listens', async () => {
  const server = await startServer({ publishedId: 'briefing-1' });
  const { url } = server;
  await server.close();
  const { status, output } = await runSmoke(url);
  assert.equal(status, 1, output);
  assert.match(output, /could not connect to ws:\/\/127\.0\.0\.1:\d+\/graphql/);
});
