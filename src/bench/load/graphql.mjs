// Small GraphQL-over-HTTP helpers for the benchmark, loopback only.
import { readFileSync } from 'node:fs';

export const INGEST = 'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { duplicate briefings { id } } }';

/** The partners' batch mutation, as ingest.mjs --batch sends it. */
export const INGEST_ALL = 'mutation IngestAll($inputs: [IngestDocumentInput!]!) { ingestDocuments(inputs: $inputs) { results { outcome error { code } briefings { id } } } }';

/** The text of a document in src/test/resources/graphql-test, without its variables line. */
export function testDocument(name) {
  return readFileSync(new URL(`../../test/resources/graphql-test/${name}.graphql`, import.meta.url), 'utf8');
}

/** Posts one operation and returns the parsed answer; throws on HTTP or GraphQL errors. */
export async function post(base, query, variables, apiKey) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' };
  if (apiKey) {
    headers.Authorization = `Bearer ${apiKey}`;
  }
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}
