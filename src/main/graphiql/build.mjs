// Bundles index.jsx (GraphiQL 3 + React 18 + graphql-js) into one JS and one CSS file
// under src/main/resources/static/graphiql/, served by Spring MVC at /graphiql/graphiql.{js,css}.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { statSync } from 'node:fs';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = resolve(here, '../resources/static/graphiql');

await build({
  entryPoints: { graphiql: resolve(here, 'index.jsx') },
  outdir,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Keep the dependencies' licence headers, collected at the end of each file.
  legalComments: 'eof',
  // Fonts in GraphiQL's CSS are already data: URLs; anything else would be a build error.
  logLevel: 'info',
});

for (const name of ['graphiql.js', 'graphiql.css']) {
  const { size } = statSync(resolve(outdir, name));
  console.log(`${name}: ${(size / 1024).toFixed(0)} KiB`);
}
