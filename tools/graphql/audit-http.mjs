// node audit-http.mjs <url>
// Runs every server audit of the graphql-http package (GraphQL over HTTP spec conformance)
// against a running application, prints each result and exits 1 if any MUST audit fails.
import { serverAudits } from 'graphql-http';
import { loopbackUrl } from './loopback.mjs';

const url = loopbackUrl(process.argv[2], 'node audit-http.mjs http://127.0.0.1:8080/graphql', ['http:']);

async function responseSummary(response) {
  if (!response) {
    return '';
  }
  let body = '';
  try {
    body = (await response.clone().text()).replace(/\s+/g, ' ').slice(0, 300);
  } catch {
    body = '(body already read)';
  }
  const type = response.headers.get('content-type') ?? 'no content-type';
  return `\n        got HTTP ${response.status} (${type}) ${body}`;
}

const results = [];
for (const audit of serverAudits({ url: url.href })) {
  results.push(await audit.fn());
}

const counts = {};
for (const result of results) {
  const level = result.name.split(' ')[0];
  counts[level] ??= { ok: 0, failed: 0 };
  if (result.status === 'ok') {
    counts[level].ok++;
    console.log(`ok     ${result.id} ${result.name}`);
    continue;
  }
  counts[level].failed++;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}\n        ${result.reason}${await responseSummary(result.response)}`);
}

console.log('');
for (const [level, { ok, failed }] of Object.entries(counts)) {
  console.log(`${level}: ${ok} of ${ok + failed} pass`);
}
if (counts.MUST?.failed > 0) {
  console.error(`✖ ${counts.MUST.failed} MUST audit(s) fail: ${url.href} does not conform to GraphQL over HTTP.`);
  process.exit(1);
}
console.log('✔ Every MUST audit passes.');
