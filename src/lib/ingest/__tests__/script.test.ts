import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { parseEntry } from '../../entry/format.ts';
import { buildEntry } from '../build-entry.ts';
import { readSource } from '../read-source.ts';
import { isTraditional, toSimplified } from '../script.ts';
import { seedBytes, seedName } from '../../../../tests/support/corpus.ts';

// The fixture: seed 004 written in traditional characters (Taiwan standard), quotes as 「」.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const simplifiedSeed = new TextDecoder().decode(seedBytes('004'));
const traditionalSeed = toTraditional(simplifiedSeed).replace(/“/g, '「').replace(/”/g, '」');

test('traditional text is told from simplified text', () => {
  assert.equal(isTraditional('區直機關黨支部召開專題組織生活會，開展批評與自我批評。'), true);
  assert.equal(isTraditional(simplifiedSeed), false);
  assert.equal(toSimplified('區直機關「兩個確立」'), '区直机关“两个确立”');
});

test('a traditional-character source is classified as its simplified form and shown as written', async () => {
  assert.match(traditionalSeed, /對照檢查/);
  const bytes = new TextEncoder().encode(traditionalSeed);
  const { encoding, cleaned } = await readSource('traditional.txt', bytes);
  const entry = buildEntry('00000000', { name: 'traditional.txt', bytes, encoding, cleaned });
  const reports = join(import.meta.dirname, '../../../../content/reports');
  const seed = parseEntry(readFileSync(join(reports, 'ab94ce7e.md'), 'utf8'), 'ab94ce7e.md', 'ab94ce7e');
  assert.equal(seed.frontmatter.source, seedName('004'));
  const { year, unit, speaker, docType, theme, meeting } = seed.frontmatter;
  assert.deepEqual(
    {
      year: entry.frontmatter.year,
      unit: entry.frontmatter.unit,
      speaker: entry.frontmatter.speaker,
      docType: entry.frontmatter.docType,
      theme: entry.frontmatter.theme,
      meeting: entry.frontmatter.meeting,
    },
    { year, unit, speaker, docType, theme, meeting },
  );
  assert.deepEqual(
    entry.frontmatter.sections.map((s) => [s.kind, s.aspects]),
    seed.frontmatter.sections.map((s) => [s.kind, s.aspects]),
  );
  // Displayed as written: the title and the headings are the traditional text.
  assert.equal(entry.frontmatter.title, '2023年度第二批主題教育專題民主生活會領導班子對照檢查剖析材料');
  assert.ok(entry.sections.some((s) => s.heading === '一、存在的突出問題'));
});
