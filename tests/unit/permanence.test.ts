/**
 * The README's permanence promises, with expectations stated here or computed by a simpler
 * reference (node:crypto for ids): id format, former ids, metadata regeneration, page limits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyContent } from '../support/content-copy.ts';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEntries } from '../../src/lib/entry/read.ts';
import { metadataDigest } from '../../src/lib/ingest/build-entry.ts';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { parseEntry } from '../../src/lib/entry/format.ts';
import { serializeEntry } from '../../src/lib/entry/format.ts';
import { CHUNK, BROWSE_PAGE } from '../../src/lib/view/browse-cells.ts';
import { LISTING_CHARS } from '../../src/lib/view/library.ts';
import { PASSAGE_PAGE, REPORT_PAGE } from '../../src/lib/view/paginate.ts';

test('a new report’s id is the first 8 hex digits of its source’s SHA-256, and stays when the source is renamed', async () => {
  const dir = copyContent();
  // A test fixture, not corpus text.
  const bytes = Buffer.from('2024年度民主生活会对照检查材料\n一、存在的问题\n（一）学习不够深入。理论学习时间保证不够。\n', 'utf8');
  writeFileSync(join(dir, 'sources', '010_new.txt'), bytes);
  const expected = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  assert.match(expected, /^[0-9a-f]{8}$/);
  const result = await ingestContent(dir, { write: true });
  assert.deepEqual(result.failures, []);
  assert.deepEqual(result.changed, [join(dir, 'reports', `${expected}.md`)]);
  cpSync(join(dir, 'sources', '010_new.txt'), join(dir, 'sources', '011_renamed.txt'));
  rmSync(join(dir, 'sources', '010_new.txt'));
  await ingestContent(dir, { write: true });
  assert.match(readFileSync(join(dir, 'reports', `${expected}.md`), 'utf8'), /^source: 011_renamed\.txt$/m);
  // The seeds keep the ids they were published under.
  assert.deepEqual(
    readdirSync(join(dir, 'reports')).sort(),
    ['2eb08a86.md', '4e2caa8d.md', '6d825004.md', '6f51a37c.md', `${expected}.md`, 'ab94ce7e.md'].sort(),
  );
});

test('a former id that is another report’s id is refused, naming both files; a hand-written former id is kept', async () => {
  const dir = copyContent();
  const reports = join(dir, 'reports');
  const file = join(reports, '4e2caa8d.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('reviewed: false', 'reviewed: false\nformerIds:\n  - ab94ce7e'));
  const { failures } = await readEntries(reports);
  assert.equal(failures.length, 1);
  assert.match(failures[0].message, /4e2caa8d\.md and .*ab94ce7e\.md have the same id \(ab94ce7e\)/);

  writeFileSync(file, original.replace('reviewed: false', 'reviewed: false\nformerIds:\n  - 0badc0de'));
  const result = await ingestContent(dir, { write: true });
  assert.deepEqual(result.failures, []);
  assert.match(readFileSync(file, 'utf8'), /^formerIds:\n {2}- 0badc0de$/m);
});

test('metadata no person touched is regenerated; metadata a person edited is kept', async () => {
  const dir = copyContent();
  const file = join(dir, 'reports', 'ab94ce7e.md');
  const entry = parseEntry(readFileSync(file, 'utf8'), file, 'ab94ce7e');
  // An older ingest's output: a different unit, with a matching digest (so no person touched it).
  const stale = { ...entry.frontmatter, unit: 'other' as const };
  writeFileSync(file, serializeEntry({ ...entry, frontmatter: { ...stale, generated: metadataDigest(stale) } }));
  await ingestContent(dir, { write: true });
  assert.match(readFileSync(file, 'utf8'), /^unit: county-standing$/m, 'regenerated');
  // The same change made by a person (the digest no longer matches) is theirs.
  writeFileSync(file, readFileSync(file, 'utf8').replace('unit: county-standing', 'unit: other'));
  await ingestContent(dir, { write: true });
  assert.match(readFileSync(file, 'utf8'), /^unit: other$/m, 'kept');
});

test('page limits as published: 50 passages and 30,000 characters a topic page, 100 reports a list page, 1,000 characters a listed passage', () => {
  assert.deepEqual(PASSAGE_PAGE, { items: 50, chars: 30_000 });
  assert.deepEqual(REPORT_PAGE, { items: 100, chars: 20_000 });
  assert.equal(BROWSE_PAGE, 50);
  assert.equal(CHUNK, 50);
  assert.equal(LISTING_CHARS, 1_000);
});
