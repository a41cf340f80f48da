// npm run breaking [-- <schema dir> [<baseline file>]]
// Compares the schema with the published baseline; exits 1 on any breaking change.
// Dangerous and non-breaking changes are listed and pass.
import { existsSync } from 'node:fs';
import { diff, CriticalityLevel } from '@graphql-inspector/core';
import { baselineFile, loadSchemaDir, loadSchemaFile, schemaDir } from './schema.mjs';

const dir = process.argv[2] ?? schemaDir;
const baseline = process.argv[3] ?? baselineFile;

if (!existsSync(baseline)) {
  console.error(`No baseline at ${baseline}: run \`npm run baseline\` to publish the current schema.`);
  process.exit(2);
}

const changes = await diff(loadSchemaFile(baseline), loadSchemaDir(dir));
const byLevel = (level) => changes.filter((change) => change.criticality.level === level);
const breaking = byLevel(CriticalityLevel.Breaking);

for (const level of [CriticalityLevel.NonBreaking, CriticalityLevel.Dangerous, CriticalityLevel.Breaking]) {
  for (const change of byLevel(level)) {
    const reason = change.criticality.reason ? ` (${change.criticality.reason})` : '';
    console.log(`${level.padEnd(12)} ${change.path ?? ''}: ${change.message}${reason}`);
  }
}

if (breaking.length > 0) {
  console.error(`\n✖ ${breaking.length} breaking change(s) against ${baseline}.`);
  console.error('Deprecate instead of removing; if the break is intended and agreed with clients, publish it with `npm run baseline`.');
  process.exit(1);
}
console.log(`✔ No breaking changes against the baseline (${changes.length} other change(s)).`);
