import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { matchingTexts, resolveMatches, searchLibrary, type TextIndex } from '../candidates.ts';
import { searchDoc, type SearchDoc } from '../records.ts';
import { verifyDocs, type SearchHit } from '../results.ts';
import { withSimplifiedForms } from '../simplified.ts';
import { chunksHolding, gramBucket, MAX_CHUNKS, TextStoreBuilder, type StoreFiles } from '../text-store.ts';
import { planQuery } from '../tokens.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const seeds = readdirSync(REPORTS)
  .sort()
  .map((n) => searchDoc(parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3))));
/** A library of 20 reports: the seeds four times over, under other ids (so every text occurs four times). */
const library: SearchDoc[] = [0, 1, 2, 3].flatMap((copy) => seeds.map((d) => ({ ...d, id: `${d.id}-${copy}` })));

/** A traditional-character report (fixture text written for this test): a simplified query finds it. */
const traditional = withSimplifiedForms({
  id: 'trad',
  title: '區直機關黨支部組織生活會對照檢查材料',
  f: { year: ['2020'] },
  sections: [{ id: 's1', s: '一、存在的問題', f: {}, p: [['s1-p1', '對「兩個確立」的決定性意義領會不深，學習貫徹不夠系統。']] }],
});

function build(docs: readonly SearchDoc[]): StoreFiles {
  const builder = new TextStoreBuilder();
  docs.forEach((d, i) => builder.add(i, d));
  return builder.finish();
}

/** The store's files as an index, counting what is fetched. */
function fakeIndex(files: StoreFiles) {
  const asked = { summaries: 0, chunks: 0, occurrences: 0, reports: 0 };
  const index: TextIndex = {
    summary: async (b) => (asked.summaries++, files.summaries[b]),
    chunk: async (c) => (asked.chunks++, files.chunks[c]),
    occurrences: async (f) => (asked.occurrences++, files.occurrences[f]),
    facets: async () => files.facets,
    reports: async (f) => (asked.reports++, files.reports[f]),
  };
  return { index, asked };
}

/** The reference: every title, minutes line, heading and passage containing every term, by plain substring scan. */
function scan(docs: readonly SearchDoc[], terms: string[]): string[] {
  const has = (text: string) => terms.every((t) => text.includes(t));
  return docs.flatMap((d) => [
    ...(has(d.title) ? [`${d.id}:title`] : []),
    ...(d.m ?? []).filter(has).map(() => `${d.id}:minutes`),
    ...d.sections.flatMap((s) => [...(has(s.s) ? [`${d.id}#${s.id}`] : []), ...s.p.filter(([, text]) => has(text)).map(([id]) => `${d.id}#${id}`)]),
  ]);
}

const found = (hits: readonly { kind: string; reportId: string; passageId: string }[]) =>
  hits.map((h) => (h.kind === 'title' || h.kind === 'minutes' ? `${h.reportId}:${h.kind}` : `${h.reportId}#${h.passageId}`)).sort();

/** What a result shows, without the ranks (verifyDocs ranks within the documents it is given). */
const shown = (hits: readonly SearchHit[]) =>
  hits
    .map(({ kind, reportId, reportTitle, sectionId, sectionTitle, passageId, text, facets, occurrences }) =>
      JSON.stringify({ kind, reportId, reportTitle, sectionId, sectionTitle, passageId, text, facets, occurrences }),
    )
    .sort();

async function answer(docs: readonly SearchDoc[], query: string) {
  const { index, asked } = fakeIndex(build(docs));
  const result = await searchLibrary(index, planQuery(query)!);
  const hits = await resolveMatches(index, result.matches);
  return { result, hits, asked };
}

test('every match, with what verifying each document would show: source, section, passage, facets, occurrences', async () => {
  for (const query of ['以会议落实会议', '蜻蜓点水', '五个带头', '问题根源剖析', '群众 调研', '二楼小会议室']) {
    const { hits } = await answer(library, query);
    const want = scan(library, query.split(' '));
    assert.ok(want.length >= 4, query);
    assert.deepEqual(found(hits), want.sort(), query);
    assert.deepEqual(shown(hits), shown(verifyDocs(library, planQuery(query)!.terms)), query);
  }
  assert.deepEqual(found((await answer(library, '以会议落实会议')).hits).length, 12, 'three passages in the seeds, four times over');
});

test('each distinct text is stored and verified once; its matches are its occurrences', async () => {
  const files = build(library);
  const once = build(seeds);
  assert.equal(files.texts, once.texts, 'four copies of the seeds hold no more distinct texts than the seeds');
  assert.equal(files.occurrenceCount, 4 * once.occurrenceCount);
  const { index } = fakeIndex(files);
  const texts = await matchingTexts(index, planQuery('以会议落实会议')!);
  assert.equal(texts.length, 3);
  const { result } = await answer(library, '以会议落实会议');
  assert.equal(result.texts, 3);
  assert.equal(result.matches.length, 12);
});

test('a phrase absent as a whole, made of common words: no chunk holds all its trigrams, so no text is fetched', async () => {
  const query = '会议学习党史';
  assert.equal(scan(library, [query]).length, 0);
  assert.ok(['会议', '学习', '党史'].every((w) => scan(library, [w]).length > 20));
  const { result, asked } = await answer(library, query);
  assert.deepEqual(result.matches, []);
  assert.deepEqual({ chunks: asked.chunks, occurrences: asked.occurrences }, { chunks: 0, occurrences: 0 });
});

test('a phrase in one report only, the last: one chunk, one occurrence file, one report table', async () => {
  const rare: SearchDoc = {
    ...seeds[0],
    id: 'last',
    sections: [{ ...seeds[0].sections[0], p: [['p1', '这是只在最后一份材料里的蜻蜓点水式调研记录']] }],
  };
  const { hits, asked } = await answer([...library, rare], '水式调研记录');
  assert.deepEqual(found(hits), ['last#p1']);
  assert.deepEqual({ chunks: asked.chunks, occurrences: asked.occurrences, reports: asked.reports }, { chunks: 1, occurrences: 1, reports: 1 });
});

test('a two-character query is selected by its bigram; a traditional text is found by its simplified form', async () => {
  const { hits } = await answer([...library, traditional], '确立');
  assert.deepEqual(
    found(hits),
    scan([...library, traditional], ['确立'])
      .concat('trad#s1-p1')
      .sort(),
  );
  const trad = await answer([...library, traditional], '学习贯彻不够');
  assert.deepEqual(
    trad.hits.map((h) => [h.reportId, h.text, h.facets]),
    [['trad', '對「兩個確立」的決定性意義領會不深，學習貫徹不夠系統。', { year: ['2020'] }]],
  );
});

test('titles, minutes lines and headings resolve to what their cards show', async () => {
  const { hits } = await answer(library, '问题根源剖析');
  const heading = hits.find((h) => h.kind === 'heading')!;
  assert.equal(heading.passageId, heading.sectionId);
  assert.match(heading.sectionTitle, /问题根源剖析/);
  const title = (await answer(library, '五个带头')).hits.find((h) => h.kind === 'title')!;
  assert.deepEqual([title.sectionTitle, title.passageId, title.sectionId], ['标题', '', '']);
  const minutes = (await answer(library, '二楼小会议室')).hits[0];
  assert.deepEqual([minutes.kind, minutes.sectionTitle], ['minutes', '会议信息']);
});

test('report rows give positional passage ids as a count, others as they are', async () => {
  const moved: SearchDoc = {
    ...seeds[0],
    id: 'moved',
    sections: [
      {
        ...seeds[0].sections[1],
        id: 's9',
        p: [
          ['s9-p2', '先有第二段的锚点'],
          ['s9-p1', '再有第一段的锚点'],
        ],
      },
    ],
  };
  const files = build([seeds[0], moved]);
  assert.equal(typeof files.reports[0][0][2][1][2], 'number');
  assert.deepEqual(files.reports[0][1][2][0][2], ['s9-p2', 's9-p1']);
  const { hits } = await answer([seeds[0], moved], '第一段的锚点');
  assert.deepEqual(found(hits), ['moved#s9-p1']);
});

test('gram summaries: a bitmask, or the chunk numbers when shorter; the chunks holding every gram', async () => {
  const summaries = Array.from({ length: 64 }, () => ({}) as Record<string, string | number[]>);
  summaries[gramBucket('会议学')]['会议学'] = 'd'; // chunks 0, 2, 3
  summaries[gramBucket('议学习')]['议学习'] = [2, 3, 200];
  assert.deepEqual(chunksHolding(['会议学'], summaries), [0, 2, 3]);
  assert.deepEqual(chunksHolding(['会议学', '议学习'], summaries), [2, 3]);
  assert.deepEqual(chunksHolding(['会议学', '学习党'], summaries), [], 'a gram no summary has is in no chunk');
  const files = build(library);
  const all = Object.values(files.summaries).flatMap((s) => Object.values(s));
  assert.ok(all.some((v) => typeof v === 'string'));
  assert.ok(files.chunks.length <= MAX_CHUNKS);
});
