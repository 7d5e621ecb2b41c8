import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { newestYearFirst, programOf } from '../../taxonomy.ts';
import { comparePages, compareRows, type CompareRow } from '../compare.ts';
import { listed, passageRecords, type PassageRecord } from '../library.ts';
import { prescribedItems, yearOutline } from '../outline.ts';
import { PASSAGE_PAGE, paginate } from '../paginate.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const entries = readdirSync(REPORTS)
  .sort()
  .map((n) => parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3)));
// Library order: newest year first (as site/library.ts sorts).
const ordered = [...entries].sort(
  (a, b) => newestYearFirst(a.frontmatter.year, b.frontmatter.year) || a.frontmatter.title.localeCompare(b.frontmatter.title, 'zh-CN'),
);
const records = passageRecords(ordered);
const ids = (list: readonly PassageRecord[]) => list.map((r) => `${r.reportId}#${r.passageId}`);
const kindOf = (r: PassageRecord) => r.facets.kind[0];

test('对照 rows: one per report with the aspect, newest first; each cell holds exactly its part’s passages on the aspect', () => {
  const rows = compareRows(records, 'theory');
  const expectedReports = [
    ...new Set(records.filter((r) => r.facets.aspect.includes('theory') && ['problems', 'causes', 'measures'].includes(kindOf(r))).map((r) => r.reportId)),
  ];
  assert.deepEqual(
    rows.map((r) => r.reportId),
    expectedReports,
  );
  assert.equal(rows[0].reportId, 'ab94ce7e', 'the 2023 seed comes first');
  for (const row of rows)
    for (const kind of ['problems', 'causes', 'measures'] as const) {
      const expected = records.filter((r) => r.reportId === row.reportId && kindOf(r) === kind && r.facets.aspect.includes('theory'));
      assert.deepEqual(ids(row.cells[kind]), ids(expected), `${row.reportId} ${kind}`);
    }
  // The 2023 seed's 理论学习 problems are the two passages of its （一）理论学习方面.
  assert.deepEqual(ids(rows[0].cells.problems.filter((r) => r.sectionId === 's2-1')), ['ab94ce7e#s2-1-p1', 'ab94ce7e#s2-1-p2']);
  // Rows carry report-scope values only (no aspect or kind).
  assert.deepEqual(Object.keys(rows[0].facets).sort(), ['docType', 'meeting', 'speaker', 'theme', 'unit', 'year']);
});

test('pages weigh rows by their passages: no page over the passage or character bound unless one row alone is', () => {
  const rows = [{ n: 60 }, { n: 50 }, { n: 120 }, { n: 10 }];
  const pages = paginate(
    rows,
    () => 1,
    PASSAGE_PAGE,
    (r) => r.n,
  );
  assert.deepEqual(
    pages.map((p) => p.map((r) => r.n)),
    [[60], [50], [120], [10]],
  );
  assert.deepEqual(
    paginate(
      [{ n: 40 }, { n: 40 }, { n: 30 }],
      () => 1,
      PASSAGE_PAGE,
      (r) => r.n,
    ).map((p) => p.length),
    [2, 1],
  );
});

test('the 2023 outline: the six prescribed items in order, each with the 2023 seed’s passages answering it', () => {
  const program = programOf(2023)!;
  const outline = yearOutline(program, records, PASSAGE_PAGE);
  assert.deepEqual(
    outline.map((o) => o.item.label),
    ['理论学习', '政治素质', '能力本领', '担当作为', '工作作风', '廉洁自律'],
  );
  for (const { item, own } of outline) {
    const shown = own.flatMap((g) => g.records);
    const answering = records.filter((r) => r.reportId === 'ab94ce7e' && r.item === item.label);
    assert.ok(answering.length >= 2, item.label);
    for (const id of ids(answering)) assert.ok(ids(shown).includes(id), `${item.label}: ${id}`);
    assert.ok(shown.every((r) => r.facets.year[0] === '2023'));
    assert.equal(own[0].kind, 'problems');
  }
});

test('the 2025 outline (no 2025 reports): its five items, each with earlier years’ passages on its aspects, newest first', () => {
  const program = programOf(2025)!;
  assert.equal(prescribedItems(program).length, 5);
  const outline = yearOutline(program, records, PASSAGE_PAGE);
  assert.deepEqual(
    outline.map((o) => o.item.slug),
    ['loyalty', 'party-spirit', 'awe', 'duty', 'strict-governance'],
  );
  for (const { item, own, others } of outline) {
    assert.deepEqual(own, []);
    assert.ok(others.length > 0, item.slug);
    assert.ok(others.every((r) => r.facets.aspect.some((a) => (item.aspects as readonly string[]).includes(a))));
    const years = others.map((r) => Number(r.facets.year[0]));
    assert.deepEqual(
      years,
      [...years].sort((a, b) => b - a),
    );
  }
  // 带头强化政治忠诚 (政治素质): the 2023 seed's 政治素质 problems come before any 2021 passage.
  assert.equal(outline[0].others[0].reportId, 'ab94ce7e');
});

test('an outline page stays within a topic page’s bound', () => {
  for (const year of [2021, 2023, 2025]) {
    const outline = yearOutline(programOf(year)!, records, PASSAGE_PAGE);
    const shown = outline.flatMap((o) => [...o.own.flatMap((g) => g.records), ...o.others]);
    assert.ok(shown.length <= PASSAGE_PAGE.items, `${year}: ${shown.length}`);
    assert.ok(shown.reduce((n, r) => n + listed(r).text.length, 0) <= PASSAGE_PAGE.chars, String(year));
  }
});

test('a report’s row too large for one page is cut into parts (问题, then 原因, then 措施), every page within the bound', () => {
  const row = compareRows(records, 'theory')[0];
  const many = (kind: 'problems' | 'causes' | 'measures', n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...(row.cells[kind][0] ?? row.cells.problems[0]), passageId: `${kind}-${i}` }));
  const big: CompareRow = { ...row, cells: { problems: many('problems', 150), causes: many('causes', 30), measures: many('measures', 40) } };
  const limits = { items: 100, chars: 1_000_000 };
  const pages = comparePages([big, row], limits);
  const counts = pages.map((p) => p.map((r) => r.cells.problems.length + r.cells.causes.length + r.cells.measures.length));
  assert.deepEqual(counts, [[100], [100], [20, counts[2][1]]]);
  assert.deepEqual(
    pages.flat().map((r) => r.continued ?? false),
    [false, true, true, false],
  );
  // Every passage once, in order.
  assert.deepEqual(
    pages
      .flat()
      .slice(0, 3)
      .flatMap((r) => [...r.cells.problems, ...r.cells.causes, ...r.cells.measures].map((p) => p.passageId)),
    [...big.cells.problems, ...big.cells.causes, ...big.cells.measures].map((p) => p.passageId),
  );
});
