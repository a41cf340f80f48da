// The breaking-change check against the committed baseline: removing a field fails and names
// it; adding a field passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaDir } from '../schema.mjs';

const breakingScript = resolve(dirname(fileURLToPath(import.meta.url)), '../breaking.mjs');

const TITLE_FIELD = '  "The headline, or the first sentence for items without one."\n  title: String!\n';

function checkEditedSchema(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'briefings-schema-'));
  try {
    cpSync(schemaDir, dir, { recursive: true });
    const file = join(dir, 'briefing.graphqls');
    const original = readFileSync(file, 'utf8');
    const edited = edit(original);
    assert.notEqual(edited, original, 'the edit must change the schema');
    writeFileSync(file, edited);
    return spawnSync(process.execPath, [breakingScript, dir], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the unchanged schema passes', () => {
  const result = checkEditedSchema((sdl) => sdl + '\n');
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

test('removing Briefing.title fails and names the field', () => {
  const result = checkEditedSchema((sdl) => sdl.replace(TITLE_FIELD, ''));
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /BREAKING\s+Briefing\.title: Field 'title' was removed from object type 'Briefing'/);
});

test('making Briefing.title nullable fails', () => {
  const result = checkEditedSchema((sdl) => sdl.replace('  title: String!\n', '  title: String\n'));
  assert.equal(result.status, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /BREAKING\s+Briefing\.title/);
});

test('adding a field passes and is listed as non-breaking', () => {
  const added = '  "The number of words in the body."\n  wordCount: Int\n';
  const result = checkEditedSchema((sdl) => sdl.replace(TITLE_FIELD, TITLE_FIELD + added));
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /NON_BREAKING\s+Briefing\.wordCount: Field 'wordCount' was added to object type 'Briefing'/);
});
