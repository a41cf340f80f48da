// Loads the schema the way the application does: every graphql-schema/*.graphqls file, with
// `extend type Query` / `extend type Mutation` merged into the root types.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse, printSchema } from 'graphql';

const here = dirname(fileURLToPath(import.meta.url));

export const schemaDir = resolve(here, '../../graphql-schema');

export const baselineFile = resolve(here, '../../graphql-schema-baseline/schema.graphqls');

/** Builds one schema from every `.graphqls` file in the folder, read in name order. */
export function loadSchemaDir(dir) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.graphqls'))
    .sort();
  if (files.length === 0) {
    throw new Error(`No .graphqls files in ${dir}`);
  }
  const sdl = files.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');
  return buildASTSchema(parse(sdl));
}

/** Builds the schema from one SDL file, such as the published baseline. */
export function loadSchemaFile(file) {
  return buildASTSchema(parse(readFileSync(file, 'utf8')));
}

/** Prints a schema as one SDL document, types in the order of the files read. */
export function printMerged(schema) {
  return printSchema(schema) + '\n';
}
