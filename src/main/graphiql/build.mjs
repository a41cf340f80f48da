// Bundles index.jsx (GraphiQL 3 + React 18 + graphql-js) into one JS and one CSS file
// under src/main/resources/static/graphiql/, served by Spring MVC at /graphiql/graphiql.{js,css}.
// The example operations of src/test/resources/graphql-test/ (validated against the schema by
// ExampleOperationsTests) are compiled in as EXAMPLE_TABS, one GraphiQL tab each.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, '../resources/static/graphiql');
const examplesDir = resolve(here, '../../test/resources/graphql-test');
const VARIABLES_PREFIX = '# variables:';

/** One tab per example: the operation, with its leading `# variables: {...}` line as the variables. */
function exampleTabs() {
  const names = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  return names.map((name) => {
    const text = readFileSync(resolve(examplesDir, name), 'utf8');
    const [firstLine, ...rest] = text.split('\n');
    if (!firstLine.startsWith(VARIABLES_PREFIX)) {
      return { query: text };
    }
    const variables = JSON.parse(firstLine.slice(VARIABLES_PREFIX.length));
    return { query: rest.join('\n'), variables: JSON.stringify(variables, null, 2) };
  });
}

/**
 * SHA-256 over each example's file name, a line feed, its text and a line feed, in name order:
 * written as the bundle's first line so that GraphiqlBundleTests notices a stale bundle.
 */
function examplesFingerprint() {
  const hash = createHash('sha256');
  for (const name of readdirSync(examplesDir).filter((n) => n.endsWith('.graphql')).sort()) {
    hash.update(`${name}\n${readFileSync(resolve(examplesDir, name), 'utf8')}\n`);
  }
  return hash.digest('hex');
}

const tabs = exampleTabs();
const fingerprint = examplesFingerprint();
console.log(`example tabs: ${tabs.length}, fingerprint ${fingerprint}`);

await build({
  entryPoints: { graphiql: resolve(here, 'index.jsx') },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', EXAMPLE_TABS: JSON.stringify(tabs) },
  // Keep the dependencies' licence headers, collected at the end of each file.
  legalComments: 'eof',
  banner: { js: `/* example operations sha256: ${fingerprint} */` },
  // Fonts in GraphiQL's CSS are already data: URLs; anything else would be a build error.
  logLevel: 'info',
});

for (const name of ['graphiql.js', 'graphiql.css']) {
  const { size } = statSync(resolve(outdir, name));
  console.log(`${name}: ${(size / 1024).toFixed(0)} KiB`);
}
