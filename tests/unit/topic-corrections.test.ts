/**
 * A person's correction of one passage's aspects wins over the classifier and survives
 * re-ingest when the source changes elsewhere (issue 13).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestContent } from '../../src/lib/ingest/ingest-content.ts';
import { readEntries } from '../../src/lib/entry/read.ts';
import { readPassageFacets } from '../../src/lib/facets.ts';
import { plainText } from '../../src/lib/entry/placeholders.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const SOURCE = '004_e313425cfc1e017d.txt'; // entry ab94ce7e
const CORRECTED = '二是在坚决整治形式主义和官僚主义上存在差距。';

test('a person’s aspects for one passage win, and stay on that passage when the source changes elsewhere', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-correct-'));
  try {
    cpSync(CONTENT, dir, { recursive: true });
    const file = join(dir, 'reports', 'ab94ce7e.md');
    const aspectsOf = async () => {
      const entry = (await readEntries(join(dir, 'reports'))).entries.find((e) => e.id === 'ab94ce7e')!;
      const section = entry.sections.find((s) => s.passages.some((p) => plainText(p.text).startsWith(CORRECTED)))!;
      const passage = section.passages.find((p) => plainText(p.text).startsWith(CORRECTED))!;
      const meta = entry.frontmatter.sections.find((s) => s.id === section.id)!;
      return { id: passage.id, entry, aspects: readPassageFacets({ report: entry.frontmatter, section: meta, id: passage.id, text: passage.text }).aspect };
    };
    const before = await aspectsOf();
    assert.equal(before.id, 's2-5-p2');
    assert.ok(!before.aspects.includes('integrity'), 'the classifier does not say integrity here');

    // The person corrects the passage by its anchor, as the README says.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^generated: /m, 'corrections:\n  s2-5-p2:\n    aspects: [style, integrity]\ngenerated: '));
    assert.deepEqual((await aspectsOf()).aspects, ['style', 'integrity'], 'the page reads the correction at once');

    // The source changes elsewhere: a new section before the corrected one.
    const source = join(dir, 'sources', SOURCE);
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('一、存在的突出问题\n', '一、存在的突出问题\n（一）意识形态方面。一是意识形态工作责任制落实不够到位。\n'),
    );
    for (let run = 0; run < 2; run++) {
      const result = await ingestContent(dir, { write: true });
      assert.deepEqual(result.failures, []);
      const after = await aspectsOf();
      assert.deepEqual(after.aspects, ['style', 'integrity']);
      const correction = after.entry.frontmatter.corrections?.[after.id];
      assert.match(correction?.pin ?? '', /^[0-9a-f]{16}$/, 'ingest pinned the correction to the passage’s text');
      assert.equal(Object.keys(after.entry.frontmatter.corrections!).length, 1);
      assert.equal(after.entry.frontmatter.reviewed, false, 'a correction does not freeze the rest of the metadata');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
