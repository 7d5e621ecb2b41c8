import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyContent } from '../support/content-copy.ts';
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { readEntries } from '../../src/lib/entry/read.ts';
import { entryFromSource } from '../../src/lib/ingest/entry-from-source.ts';
import { synthesizeReports } from '../../src/lib/synth/corpus.ts';

function snapshot(dir: string): Map<string, string> {
  const reports = join(dir, 'reports');
  return new Map(readdirSync(reports).map((n) => [n, readFileSync(join(reports, n), 'utf8')]));
}

/** Anchors of an entry, in order: what links point at. */
function anchors(text: string): string[] {
  return [...text.matchAll(/\{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]);
}

test('the committed entries are exactly what ingest writes (re-running changes no file)', async () => {
  const dir = copyContent();
  const before = snapshot(dir);
  const result = await ingestContent(dir, { write: true });
  assert.deepEqual(result.failures, []);
  assert.equal(result.entries, 5);
  assert.deepEqual(result.changed, []);
  assert.deepEqual(snapshot(dir), before);
});

test('an empty and a binary file fail by name; every other source still ingests', async () => {
  const dir = copyContent();
  const before = snapshot(dir);
  writeFileSync(join(dir, 'sources', '005_empty.txt'), '  \n\n');
  writeFileSync(
    join(dir, 'sources', '006_binary.txt'),
    Uint8Array.from({ length: 2048 }, (_, i) => (i * 31) % 256),
  );
  const result = await ingestContent(dir, { write: true });
  assert.deepEqual(
    result.failures.map((f) => [f.file.split('/').pop(), f.message.split(':')[0]]),
    [
      ['005_empty.txt', 'empty'],
      ['006_binary.txt', 'not text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030)'],
    ],
  );
  assert.equal(result.entries, 5);
  assert.deepEqual(snapshot(dir), before);
});

test('adding, removing, renaming and reordering sources keeps every other URL and anchor', async () => {
  const dir = copyContent();
  const before = snapshot(dir);
  const sources = join(dir, 'sources');
  const names = readdirSync(sources).sort();
  // Reorder by renaming 000 to sort last; remove 001; add a new report made of 004's text with a new title.
  renameSync(join(sources, names[0]), join(sources, `zzz_${names[0]}`));
  rmSync(join(sources, names[1]));
  writeFileSync(join(sources, '000_new.txt'), `# 新增的一份材料\n\n${readFileSync(join(sources, names[4]), 'utf8')}`);
  const result = await ingestContent(dir, { write: true });
  assert.deepEqual(result.failures, []);
  const after = snapshot(dir);
  const removedId = [...before].find(([, t]) => t.includes(`source: ${names[1]}`))![0];
  // The removed report's entry stays as a tombstone: its metadata, no text.
  assert.match(after.get(removedId)!, /^status: retired$/m);
  assert.deepEqual(anchors(after.get(removedId)!), []);
  assert.deepEqual(result.retired, [join(dir, 'reports', removedId)]);
  for (const [file, text] of before) {
    if (file === removedId) continue;
    assert.ok(after.has(file), `${file} keeps its id`);
    assert.deepEqual(anchors(after.get(file)!), anchors(text), `${file} keeps its anchors`);
  }
  assert.equal(after.size, 6);
});

test('two entries for one report fail naming both files', async () => {
  const dir = copyContent();
  const reports = join(dir, 'reports');
  cpSync(join(reports, 'ab94ce7e.md'), join(reports, 'ab94ce7f.md'));
  const { failures } = await readEntries(reports);
  assert.deepEqual(
    failures.map((f) => f.message),
    [`${join(reports, 'ab94ce7e.md')} and ${join(reports, 'ab94ce7f.md')} have the same source (004_e313425cfc1e017d.txt); remove one`],
  );
  rmSync(join(reports, 'ab94ce7f.md'));
  cpSync(join(reports, 'ab94ce7e.md'), join(reports, 'AB94CE7E.md'));
  const cased = await readEntries(reports);
  assert.ok(cased.failures.some((f) => f.message.includes('have the same id (ab94ce7e)') && f.message.includes('AB94CE7E.md')));
});

test('a large run (worker threads) writes exactly what one source at a time writes, failures in name order', async () => {
  const dir = copyContent();
  const seeds = readdirSync(join(dir, 'sources'))
    .sort()
    .map((name) => ({ name, lines: readFileSync(join(dir, 'sources', name), 'utf8').split('\n') }));
  for (const r of synthesizeReports(seeds, 240, 3)) writeFileSync(join(dir, 'sources', r.name), r.text);
  writeFileSync(join(dir, 'sources', '100_empty.txt'), '');
  writeFileSync(join(dir, 'sources', '200_empty.txt'), ' \n');
  const names = readdirSync(join(dir, 'sources')).sort();
  assert.ok(names.length >= 200, 'enough sources for the worker threads');
  const result = await ingestContent(dir, { write: true });
  assert.equal(result.entries, names.length - 2);
  assert.deepEqual(
    result.failures.map((f) => f.file),
    [join(dir, 'sources', '100_empty.txt'), join(dir, 'sources', '200_empty.txt')],
  );
  const { entries } = await readEntries(join(dir, 'reports'));
  for (const entry of entries.filter((_, i) => i % 20 === 0)) {
    const inline = await entryFromSource({ file: join(dir, 'sources', entry.frontmatter.source), name: entry.frontmatter.source, id: entry.id });
    assert.ok('text' in inline);
    assert.equal(readFileSync(join(dir, 'reports', `${entry.id}.md`), 'utf8'), inline.text, entry.frontmatter.source);
  }
});
