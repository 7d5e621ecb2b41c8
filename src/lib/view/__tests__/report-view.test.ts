import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { metaOf, reportChips, sectionTitle } from '../report-view.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS).map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
const minutes = entries.find((e) => e.frontmatter.docType === 'minutes')!;
const titleOf = (entry: (typeof entries)[number], id: string) =>
  sectionTitle(
    entry.sections.find((s) => s.id === id)!,
    metaOf(entry.frontmatter, id),
  );

test('section titles: heading without closing punctuation, turns by role, bare markers with an excerpt', () => {
  const review2023 = entries.find((e) => e.frontmatter.year === 2023)!;
  assert.equal(titleOf(review2023, 's2-1'), '（一）理论学习方面');
  assert.equal(titleOf(review2023, 's1'), '前言');
  assert.equal(titleOf(minutes, 's1'), '书记：会议主持');
  const criticism = minutes.frontmatter.sections.find((s) => s.kind === 'criticism' && s.target === '成员Ｂ')!;
  assert.equal(titleOf(minutes, criticism.id), '成员Ｄ：对成员Ｂ的批评意见');
  // Entries no longer have bare headings (numbered statements are passages), but one a person wrote still reads.
  const bare = {
    id: 'x',
    level: 2,
    heading: '（二）',
    passages: [{ id: 'x-p1', text: '带头深刻感悟“两个确立”的决定性意义，深刻感悟党坚持把马克思主义同中国具体实际相结合' }],
  };
  assert.match(
    sectionTitle(
      bare,
      minutes.frontmatter.sections.find((s) => !s.speaker)!,
    ),
    /^（二）.{24}…$/u,
  );
});

test('report chips show every report facet in Chinese, each linking to its facet page', () => {
  assert.deepEqual(
    reportChips(minutes.frontmatter).map((c) => [c.label, c.href]),
    [
      ['街道、乡镇党（工）委', '/units/subdistrict/'],
      ['2021年度', '/years/2021/'],
      ['会议记录', '/types/minutes/'],
      ['党史学习教育', '/themes/party-history/'],
      ['班子', '/speakers/team/'],
      ['民主生活会', '/meetings/democratic-life/'],
    ],
  );
});

test('short titles cut long item headings for cards and the table of contents', async () => {
  const { shortTitle } = await import('../report-view.ts');
  const long = titleOf(
    entries.find((e) => e.frontmatter.docType === 'speech')!,
    's2-1-1',
  );
  assert.ok(long.length > 60);
  assert.equal(shortTitle(long), `${long.slice(0, 30)}…`);
  assert.equal(shortTitle('（一）理论学习方面'), '（一）理论学习方面');
});
