import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntry, checkCoverage, CoverageError, isHumanOwned, metadataDigest } from '../build-entry.ts';
import { seedBytes, seedDocument, seedName } from '../../../../tests/support/corpus.ts';

async function entryOf(prefix: string) {
  const { encoding, cleaned } = await seedDocument(prefix);
  const source = { name: seedName(prefix), bytes: seedBytes(prefix), encoding, cleaned };
  return { source, entry: buildEntry('test', source) };
}

test('anchors are hierarchical and unique: s2 part, s2-1 item, s2-1-p1 passage', async () => {
  const { entry } = await entryOf('004');
  assert.deepEqual(
    entry.sections.slice(0, 4).map((s) => s.id),
    ['s1', 's2', 's2-1', 's2-2'],
  );
  assert.deepEqual(
    entry.sections[2].passages.map((p) => p.id),
    ['s2-1-p1', 's2-1-p2'],
  );
  const minutes = (await entryOf('003')).entry;
  assert.deepEqual(
    minutes.sections.slice(0, 3).map((s) => s.id),
    ['s1', 's1-1', 's1-1-1'],
  );
  const ids = minutes.sections.flatMap((s) => [s.id, ...s.passages.map((p) => p.id)]);
  assert.equal(new Set(ids).size, ids.length);
});

test('coverage fails naming the line when source text would be lost', async () => {
  const { source, entry } = await entryOf('004');
  entry.sections[3].passages.pop();
  assert.throws(
    () => checkCoverage(source.cleaned.lines, entry),
    (e: Error) => e instanceof CoverageError && /^line 6 is missing/.test(e.message),
  );
});

test('the cleaning record and source digest go into the entry', async () => {
  const { entry } = await entryOf('002');
  assert.equal(
    entry.frontmatter.cleaning.filter((c) => c.from === 'dangshi').reduce((n, c) => n + c.count, 0),
    11,
  );
  assert.match(entry.frontmatter.sourceSha256, /^[0-9a-f]{64}$/);
  assert.equal(entry.frontmatter.generated, metadataDigest(entry.frontmatter));
  assert.equal(isHumanOwned(entry.frontmatter), false);
});

test("a person's edits to metadata, or a reviewed mark, survive re-ingest", async () => {
  const { source, entry } = await entryOf('004');
  const edited = structuredClone(entry);
  edited.frontmatter.unit = 'department';
  edited.frontmatter.sections[2].aspects = ['theory', 'politics'];
  assert.equal(isHumanOwned(edited.frontmatter), true);
  const again = buildEntry('test', source, edited);
  assert.equal(again.frontmatter.unit, 'department');
  assert.deepEqual(again.frontmatter.sections[2].aspects, ['theory', 'politics']);

  const reviewed = structuredClone(entry);
  reviewed.frontmatter.reviewed = true;
  assert.equal(buildEntry('test', source, reviewed).frontmatter.reviewed, true);

  // Untouched generated metadata is regenerated (so classifier improvements reach it).
  const untouched = structuredClone(entry);
  assert.deepEqual(buildEntry('test', source, untouched).frontmatter, entry.frontmatter);
});
