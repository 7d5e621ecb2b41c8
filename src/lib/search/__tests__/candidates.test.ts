import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntry } from '../../entry/format.ts';
import { searchLibrary, type CandidateIndex } from '../candidates.ts';
import { docTexts, searchDoc, type SearchDoc } from '../records.ts';
import { blockOf } from '../shards.ts';
import { indexBigrams, planQuery, textTrigrams } from '../tokens.ts';

const REPORTS = join(import.meta.dirname, '../../../../content/reports');
const seeds = readdirSync(REPORTS).map((n) => searchDoc(parseEntry(readFileSync(join(REPORTS, n), 'utf8'), n, n.slice(0, -3))));
/** A library of 20 reports: the seeds four times over, under other ids, in shards of 6. */
const library: SearchDoc[] = [0, 1, 2, 3].flatMap((copy) => seeds.map((d) => ({ ...d, id: `${d.id}-${copy}` })));
const SHARD = 6;

/**
 * A fake index: shards of SHARD documents, each answering with its documents holding every bigram
 * asked (within a block, if asked), and a summary per block of the trigrams it holds; it counts
 * what it is asked.
 */
function fakeIndex(docs: readonly SearchDoc[]) {
  const bigramsOf = new Map(docs.map((d) => [d.id, new Set(indexBigrams(docTexts(d)))]));
  const shardOf = (i: number) => Math.floor(i / SHARD);
  const blockOfDoc = docs.map((_, i) => blockOf(shardOf(i), i % SHARD, SHARD));
  const blockTrigrams = new Map<number, Set<string>>();
  docs.forEach((d, i) => blockTrigrams.set(blockOfDoc[i], new Set([...(blockTrigrams.get(blockOfDoc[i]) ?? []), ...textTrigrams(docTexts(d))])));
  const merged = new Set([0]);
  const asked = { searches: 0, docs: 0, merged };
  const index: CandidateIndex = {
    shards: shardOf(docs.length - 1) + 1,
    blocksHolding: async (trigrams) => [...blockTrigrams].filter(([, held]) => trigrams.every((t) => held.has(t))).map(([b]) => b),
    merge: async (k) => void merged.add(k),
    search: async (bigrams, block) => {
      asked.searches++;
      return docs
        .filter((_, i) => merged.has(shardOf(i)) && (block === undefined || blockOfDoc[i] === block))
        .filter((d) => bigrams.every((b) => bigramsOf.get(d.id)!.has(b)))
        .map((d) => d.id);
    },
    doc: async (id) => {
      asked.docs++;
      return docs.find((d) => d.id === id)!;
    },
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

const found = (hits: { kind: string; reportId: string; passageId: string }[]) =>
  hits.map((h) => (h.kind === 'title' || h.kind === 'minutes' ? `${h.reportId}:${h.kind}` : `${h.reportId}#${h.passageId}`)).sort();

test('every match in every shard, and the answer says it is complete', async () => {
  for (const query of ['以会议落实会议', '蜻蜓点水', '五个带头', '问题根源剖析', '群众 调研']) {
    const { index, asked } = fakeIndex(library);
    const result = await searchLibrary(index, planQuery(query)!);
    const shardsWithMatches = new Set(library.flatMap((d, i) => (scan([d], query.split(' ')).length > 0 ? [Math.floor(i / SHARD)] : [])));
    assert.ok(
      [...shardsWithMatches].every((k) => asked.merged.has(k)),
      'every shard with a match is asked',
    );
    assert.ok(result.complete);
    const want = scan(library, query.split(' ')).sort();
    assert.ok(want.length >= 4, query);
    assert.deepEqual(found(result.hits), want, query);
  }
});

test('a phrase absent as a whole, made of common words: no shard holds all its trigrams, so nothing is asked', async () => {
  const query = '会议学习党史';
  assert.equal(scan(library, [query]).length, 0);
  const { index, asked } = fakeIndex(library);
  const result = await searchLibrary(index, planQuery(query)!);
  assert.ok(result.complete);
  assert.deepEqual(result.hits, []);
  assert.deepEqual(asked, { searches: 0, docs: 0, merged: new Set([0]) });
});

test('unselective bigrams: covering bigrams rule out reports before any is fetched', async () => {
  // Every trigram of 党史学习教育 is in every shard, and its rarest bigram is in many reports.
  const plan = planQuery('以会议落实会议')!;
  const narrowed = fakeIndex(library);
  const answer = await searchLibrary(narrowed.index, plan, { narrowAbove: 0 });
  const unnarrowed = fakeIndex(library);
  const slow = await searchLibrary(unnarrowed.index, plan, { narrowAbove: Infinity });
  assert.ok(answer.complete && slow.complete);
  assert.deepEqual(found(answer.hits), found(slow.hits));
  assert.ok(narrowed.asked.docs < unnarrowed.asked.docs, `${narrowed.asked.docs} < ${unnarrowed.asked.docs} documents`);
});

test('a phrase in one report only, in the last shard, is found with that one document', async () => {
  const rare = {
    ...seeds[0],
    id: 'last',
    sections: [{ ...seeds[0].sections[0], p: [['p1', '这是只在最后一份材料里的蜻蜓点水式调研记录'] as [string, string]] }],
  };
  const { index, asked } = fakeIndex([...library, rare]);
  const result = await searchLibrary(index, planQuery('水式调研记录')!);
  assert.deepEqual(found(result.hits), ['last#p1']);
  assert.ok(result.complete);
  assert.equal(asked.docs, 1);
});

test('the safety net: at most maxDocs documents, an incomplete answer, then more() goes on to the same complete answer', async () => {
  const plan = planQuery('民主生活会')!;
  const whole = await searchLibrary(fakeIndex(library).index, plan);
  const { index, asked } = fakeIndex(library);
  let result = await searchLibrary(index, plan, { maxDocs: 5, batch: 2 });
  assert.equal(result.verified, 5);
  assert.equal(asked.docs, 5);
  assert.ok(!result.complete && result.candidates > 5);
  while (!result.complete) result = await result.more();
  assert.deepEqual(found(result.hits), found(whole.hits));
});

test('a search replaced by a newer one stops fetching', async () => {
  const { index, asked } = fakeIndex(library);
  let cancelled = false;
  const result = await searchLibrary(index, planQuery('民主生活会')!, { batch: 2, progress: () => (cancelled = true), cancelled: () => cancelled });
  assert.equal(asked.docs, 2);
  assert.ok(!result.complete);
});
