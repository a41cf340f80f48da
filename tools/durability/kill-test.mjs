// Kills the packaged application with SIGKILL while several clients ingest, restarts it on the
// same file storage and checks that every document answered with HTTP 200 is stored, done, with
// every briefing it was answered with. Also measures ingestion throughput on file storage.
//
//   node tools/durability/kill-test.mjs kill    --jar JAR [--rounds 3] [--clients 4] [--fsync] [--start-timeout 600]
//   node tools/durability/kill-test.mjs measure --jar JAR [--documents 300] [--clients 2] [--fsync]
//
// Loopback only; starts one java process at a time and stops only the processes it started.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentNumber } from '../../src/bench/load/documents.mjs';

const [mode, ...rest] = process.argv.slice(2);
const options = { 'start-timeout': '600', rounds: '3', clients: mode === 'measure' ? '2' : '4', documents: '300', fsync: false };
for (let i = 0; i < rest.length; i++) {
  const name = rest[i].replace(/^--/, '');
  if (name === 'fsync') {
    options.fsync = true;
  } else {
    options[name] = rest[++i];
  }
}
if (!['kill', 'measure'].includes(mode) || !options.jar) {
  console.error('usage: node tools/durability/kill-test.mjs kill|measure --jar JAR [options]');
  process.exit(2);
}

const INGEST = 'mutation Ingest($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome briefings { id } } }';
const RECORD = 'query Record($externalId: String!) { ingestionRecord(externalId: $externalId) { status briefings { id status } } }';
const key = `kill-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
const work = mkdtempSync(join(tmpdir(), 'briefings-durability-'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let app = null;

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}
process.on('exit', () => {
  if (app && app.exitCode === null) {
    app.kill('SIGKILL');
  }
  rmSync(work, { recursive: true, force: true });
});

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function start(port, round) {
  const log = openSync(join(work, `app-${round}.log`), 'w');
  app = spawn('java', ['-Xmx768m', '-jar', options.jar, '--spring.profiles.active=bench',
    '--server.address=127.0.0.1', `--server.port=${port}`, '--briefings.sample-data.enabled=false',
    '--briefings.mongo.embedded.storage=file', `--briefings.mongo.embedded.path=${join(work, 'data')}`,
    `--briefings.mongo.embedded.fsync=${options.fsync}`, `--briefings.security.bootstrap-api-key=${key}`],
  { stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => app.once('exit', resolve));
  const deadline = performance.now() + Number(options['start-timeout']) * 1000;
  while (performance.now() < deadline) {
    if (app.exitCode !== null) {
      throw new Error(`the application exited at start:\n${readFileSync(join(work, `app-${round}.log`), 'utf8').slice(-3000)}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/actuator/health/readiness`);
      if (response.ok) {
        return { exited };
      }
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the application did not become ready within ${options['start-timeout']} s`);
}

async function post(base, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    throw new Error(`answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
  }
  return body.data;
}

/** Ingests documents from `clients` loops until stop() is called; records every acknowledged one. */
function ingestUntilStopped(base, runId, acknowledged, firstNumber) {
  let next = firstNumber;
  let stopped = false;
  let failed = 0;
  async function client() {
    while (!stopped) {
      const document = documentNumber(next++, runId);
      try {
        const data = await post(base, INGEST, { input: document });
        acknowledged.set(document.externalId, data.ingestDocument.briefings.map((b) => b.id));
      } catch {
        failed++;
      }
    }
  }
  const clients = Array.from({ length: Number(options.clients) }, client);
  return {
    stop() {
      stopped = true;
      return Promise.all(clients).then(() => ({ next, failed }));
    },
  };
}

/** The acknowledged documents that are missing, not done, or lack a briefing they were answered with. */
async function incomplete(base, acknowledged) {
  const problems = [];
  const entries = [...acknowledged.entries()];
  async function check() {
    while (entries.length > 0) {
      const [externalId, briefingIds] = entries.pop();
      const record = (await post(base, RECORD, { externalId })).ingestionRecord;
      const stored = new Set((record?.briefings ?? []).filter((b) => b.status === 'PUBLISHED').map((b) => b.id));
      if (!record || record.status !== 'DONE' || !briefingIds.every((id) => stored.has(id))) {
        problems.push(`${externalId}: ${record ? `${record.status} with ${stored.size} of ${briefingIds.length} briefings` : 'missing'}`);
      }
    }
  }
  await Promise.all([check(), check(), check(), check()]);
  return problems;
}

const WARM_UP_ATTEMPTS = 10;

/** Ingests one document before the clock starts, so the kill does not land while the JIT is cold. */
async function warmUp(base, runId, acknowledged, first) {
  for (let n = first; n < first + WARM_UP_ATTEMPTS; n++) {
    const document = documentNumber(n, runId);
    try {
      const data = await post(base, INGEST, { input: document });
      acknowledged.set(document.externalId, data.ingestDocument.briefings.map((b) => b.id));
      return;
    } catch {
      // a first request can outlast the request timeout on a busy machine: try the next
    }
  }
  throw new Error(`no document was acknowledged in ${WARM_UP_ATTEMPTS} attempts`);
}

/**
 * Starts the application on a port the system just handed out; the embedded MongoDB server,
 * which binds a port of its own first, can be given that same port, so a start that finds its
 * port taken is tried again on another.
 */
async function startOnAFreePort(round) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      const { exited } = await start(port, round);
      return { port, exited };
    } catch (error) {
      if (attempt === 3 || !/Port \d+ was already in use/.test(error.message)) {
        throw error;
      }
      console.log(`[durability] port ${port} was taken before the application bound it; starting on another`);
    }
  }
}

async function kill() {
  const runId = `k${Date.now()}`;
  const acknowledged = new Map();
  let next = 0;
  let failures = 0;
  for (let round = 1; round <= Number(options.rounds); round++) {
    const began = performance.now();
    const { port, exited } = await startOnAFreePort(round);
    const base = `http://127.0.0.1:${port}`;
    console.log(`[durability] start ${round} took ${((performance.now() - began) / 1000).toFixed(1)} s`);
    const problems = await incomplete(base, acknowledged);
    console.log(`[durability] start ${round}: ${acknowledged.size} acknowledged documents checked, ${problems.length} incomplete`);
    if (problems.length > 0) {
      failures += problems.length;
      console.log(problems.slice(0, 20).map((p) => `  ${p}`).join('\n'));
    }
    const before = acknowledged.size;
    await warmUp(base, runId, acknowledged, next);
    next += WARM_UP_ATTEMPTS;
    const ingestion = ingestUntilStopped(base, runId, acknowledged, next);
    const delay = 2000 + Math.floor(Math.random() * 5000);
    await sleep(delay);
    app.kill('SIGKILL');
    await exited;
    const result = await ingestion.stop();
    next = result.next;
    console.log(`[durability] round ${round}: SIGKILL after ${delay} ms of ingestion, ${acknowledged.size - before} documents acknowledged, ${result.failed} calls failed (cut off by the kill, or refused until the clients stopped)`);
  }
  const port = await freePort();
  const { exited } = await start(port, 'final');
  const problems = await incomplete(`http://127.0.0.1:${port}`, acknowledged);
  console.log(`[durability] final start: ${acknowledged.size} acknowledged documents checked, ${problems.length} incomplete`);
  console.log(problems.slice(0, 20).map((p) => `  ${p}`).join('\n'));
  failures += problems.length;
  app.kill('SIGTERM');
  await exited;
  if (acknowledged.size === 0) {
    console.log('[durability] FAILED: no document was acknowledged, so nothing was tested');
    process.exit(1);
  }
  console.log(failures === 0 ? '[durability] OK: every acknowledged document survived SIGKILL'
    : `[durability] FAILED: ${failures} acknowledged documents incomplete after SIGKILL`);
  process.exit(failures === 0 ? 0 : 1);
}

async function measure() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const { exited } = await start(port, 'measure');
  const runId = `m${Date.now()}`;
  for (let n = 0; n < 20; n++) {
    try {
      await post(base, INGEST, { input: documentNumber(1_000_000 + n, runId) });
    } catch {
      // a cold first request can outlast the request timeout; the warm-up goes on
    }
  }
  const count = Number(options.documents);
  let next = 0;
  const began = performance.now();
  async function client() {
    while (next < count) {
      await post(base, INGEST, { input: documentNumber(next++, runId) });
    }
  }
  await Promise.all(Array.from({ length: Number(options.clients) }, client));
  const seconds = (performance.now() - began) / 1000;
  console.log(`[durability] ${count} documents of ~4 kB in ${seconds.toFixed(1)} s on file storage (fsync ${options.fsync ? 'on' : 'off'}, ${options.clients} clients): ${(count / seconds).toFixed(1)} documents/s`);
  app.kill('SIGTERM');
  await exited;
}

await (mode === 'kill' ? kill() : measure());
