// npm run baseline: publishes the current schema as the contract that `npm run breaking`
// protects, written as one merged SDL file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { baselineFile, loadSchemaDir, printMerged, schemaDir } from './schema.mjs';

mkdirSync(dirname(baselineFile), { recursive: true });
writeFileSync(baselineFile, printMerged(loadSchemaDir(schemaDir)));
console.log(`Wrote ${baselineFile}. Commit it: this publishes the schema change.`);
