// BRIEFINGS_API_KEY=<key> node graphql-ws-smoke.mjs <ws-url>
// Smoke test of subscriptions with the graphql-ws reference client: subscribes to
// briefingPublished, ingests a fresh document over HTTP and waits for its briefing to arrive.
// Exits 0 when it does within 10 s, 1 otherwise (printing why), 2 on wrong usage.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loopbackUrl } from './loopback.mjs';

const EVENT_TIMEOUT_MS = 10_000;
const SUBSCRIBE_SETTLE_MS = 1_000;

const SUBSCRIPTION = 'subscription BriefingPublished { briefingPublished { id title } }';

const INGEST = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { duplicate briefings { id title } }
}`;

const wsUrl = loopbackUrl(process.argv[2], 'BRIEFINGS_API_KEY=<key> node graphql-ws-smoke.mjs ws://127.0.0.1:8080/graphql', ['ws:']);
const apiKey = process.env.BRIEFINGS_API_KEY;
if (!apiKey) {
  console.error('Set BRIEFINGS_API_KEY to a key that may run ingestDocument.');
  process.exit(2);
}
const httpUrl = new URL(wsUrl.href.replace(/^ws:/, 'http:'));

function describe(error) {
  if (Array.isArray(error)) {
    return error.map((each) => `${each.message}${each.extensions?.code ? ` [${each.extensions.code}]` : ''}`).join('; ');
  }
  if (error && typeof error.code === 'number') {
    return `WebSocket closed with code ${error.code}${error.reason ? `: ${error.reason}` : ''}`;
  }
  if (error && typeof error.message === 'string') {
    return error.message;
  }
  return String(error);
}

function fail(message) {
  console.error(`✖ graphql-ws smoke test failed: ${message}`);
  process.exit(1);
}

async function ingestFreshDocument() {
  const nonce = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const input = {
    text: `MOSCOW, April 3 -- Russian Foreign Minister Sergey Lavrov said that the CSTO would hold the Rubezh-2025 training in the autumn. Smoke test ${nonce}.`,
    publishedAt: '2025-04-03',
    sourceName: 'graphql-ws smoke test',
    externalId: `graphql-ws-smoke-${nonce}`,
  };
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      Authorization: `Bearer ${apiKey}`,
    },
    body: JSON.stringify({ query: INGEST, variables: { input } }),
  });
  const result = await response.json();
  if (!response.ok || result.errors) {
    fail(`ingestDocument answered HTTP ${response.status}: ${JSON.stringify(result)}`);
  }
  return result.data.ingestDocument.briefings;
}

const client = createClient({ url: wsUrl.href, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });

let connected;
const connection = new Promise((resolve, reject) => {
  connected = client.on('connected', resolve);
  client.on('closed', reject);
  client.on('error', reject);
});
try {
  await connection;
} catch (error) {
  fail(`could not connect to ${wsUrl.href}: ${describe(error)}`);
}
connected();
console.log(`connected to ${wsUrl.href}`);

let settled = false;
const event = new Promise((resolve, reject) => {
  client.subscribe(
    { query: SUBSCRIPTION },
    {
      next: (value) => (value.errors ? reject(value.errors) : resolve(value)),
      error: (error) => reject(error),
      complete: () => reject(new Error('the server completed the subscription without an event')),
    },
  );
});
event.catch(() => {}).finally(() => (settled = true));
console.log(`subscribed: ${SUBSCRIPTION}`);

try {
  await Promise.race([event, new Promise((resolve) => setTimeout(resolve, SUBSCRIBE_SETTLE_MS))]);
  if (settled) {
    await event;
  }
  const briefings = await ingestFreshDocument();
  console.log(`ingested: ${JSON.stringify(briefings)}`);
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`no event within ${EVENT_TIMEOUT_MS / 1000} s`)), EVENT_TIMEOUT_MS).unref(),
  );
  const value = await Promise.race([event, timeout]);
  if (!value.data?.briefingPublished?.id) {
    fail(`unexpected event ${JSON.stringify(value)}`);
  }
  const ids = briefings.map((briefing) => briefing.id);
  if (!ids.includes(value.data.briefingPublished.id)) {
    fail(`event ${JSON.stringify(value)} is not one of the ingested briefings ${ids.join(', ')}`);
  }
  console.log(`event: ${JSON.stringify(value)}`);
  console.log('✔ graphql-ws smoke test passed');
  await client.dispose();
  process.exit(0);
} catch (error) {
  fail(`subscription briefingPublished: ${describe(error)}`);
}
