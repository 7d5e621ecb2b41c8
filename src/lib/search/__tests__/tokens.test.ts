import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bigramRanks,
  bigramToken,
  bigrams,
  coveringBigrams,
  indexBigrams,
  matchRanges,
  matchesAll,
  normalizeText,
  pagefindTerms,
  planQuery,
  textTrigrams,
  tokenBigram,
  trigramBucket,
  trigrams,
  TRIGRAM_BUCKETS,
} from '../tokens.ts';
import { seedDocument } from '../../../../tests/support/corpus.ts';

test('normalization folds width, case, quotes and whitespace', () => {
  assert.equal(normalizeText('“两个确立”'), normalizeText('"两个确立"'));
  assert.equal(normalizeText('成员Ａ'), '成员a');
  assert.equal(normalizeText('书　记'), '书记');
  assert.equal(normalizeText('议  程：'), '议程:');
});

test('index content: each distinct bigram of each run once, never across punctuation', () => {
  assert.deepEqual(indexBigrams(['民主生活会，开好。']), ['民主', '主生', '生活', '活会', '开好']);
  assert.deepEqual(indexBigrams(['党', '2023年度', '开好会议，开好']), ['20', '02', '23', '3年', '年度', '开好', '好会', '会议']);
  assert.deepEqual(bigrams('以会议落实会议'), ['以会', '会议', '议落', '落实', '实会', '会议']);
});

test('a query asks Pagefind for the rarest bigram of each term; narrowed, for bigrams covering every character', () => {
  const ranks = bigramRanks(['会议', '落实', '以会', '实会']);
  assert.deepEqual(planQuery('以会议落实会议', ranks), {
    terms: ['以会议落实会议'],
    rarest: ['议落'],
    covering: ['以会', '议落', '实会', '会议'],
    trigrams: ['以会议', '会议落', '议落实', '落实会', '实会议'],
  });
  // Every bigram listed: the least frequent of them.
  assert.deepEqual(planQuery('会议落实', ranks)!.rarest, ['议落']);
  assert.deepEqual(planQuery('落实会议', ranks)!.rarest, ['实会']);
  // No list: the first bigram; one per term, terms ANDed.
  assert.deepEqual(planQuery('红红脸 出出汗'), {
    terms: ['红红脸', '出出汗'],
    rarest: ['红红', '出出'],
    covering: ['红红', '红脸', '出出', '出汗'],
    trigrams: ['红红脸', '出出汗'],
  });
  assert.deepEqual(planQuery('“两个确立”'), { terms: ['"两个确立"'], rarest: ['两个'], covering: ['两个', '确立'], trigrams: ['两个确', '个确立'] });
  assert.equal(planQuery('  ，。 '), undefined);
  assert.equal(planQuery('党'), undefined);
  assert.deepEqual(planQuery('会议。比如', ranks), { terms: ['会议。比如'], rarest: ['比如'], covering: ['会议', '比如'], trigrams: [] });
  assert.deepEqual(coveringBigrams('蜻蜓点水'), ['蜻蜓', '点水']);
  assert.deepEqual(coveringBigrams('红红脸'), ['红红', '红脸']);
  // Every character of the run is inside some chosen bigram.
  for (const run of ['民主', '民主生', '民主生活会', '以会议落实会议的问题']) {
    const chosen = coveringBigrams(run);
    const covered = new Set(chosen.flatMap((b) => [run.indexOf(b), run.indexOf(b) + 1]));
    assert.equal(covered.size, run.length, run);
  }
});

test('bigrams reach Pagefind as 8-character words, and come back', () => {
  assert.equal(bigramToken('会议'), '0fmi0rla');
  assert.equal(pagefindTerms(['会议', 'a1']), '0fmi0rla 002p001d');
  for (const b of ['会议', '𠀀党', '20', 'ab']) assert.equal(tokenBigram(bigramToken(b)), b);
});

test('every seed passage is found by its own phrases, through the same tokens the index holds', async () => {
  const { doc } = await seedDocument('004');
  for (const passage of doc.sections.flatMap((s) => s.passages)) {
    const content = new Set(indexBigrams([passage]));
    const phrase = passage.slice(10, 17);
    const plan = planQuery(phrase);
    if (!plan) continue;
    for (const bigram of [...plan.rarest, ...plan.covering]) assert.ok(content.has(bigram), `${phrase}: ${bigram}`);
    assert.ok(matchesAll(normalizeText(passage), plan.terms), phrase);
  }
});

test('match ranges point into the original text, across ideographic spaces and quotes', () => {
  const text = '主持人：书　记，强调“两个确立”';
  const [[s1, e1]] = matchRanges(text, normalizeText('书记'));
  assert.equal(text.slice(s1, e1), '书　记');
  const [[s2, e2]] = matchRanges(text, normalizeText('"两个确立"'));
  assert.equal(text.slice(s2, e2), '“两个确立”');
});

test('trigrams of a run, never across punctuation; each in one of the summary files', () => {
  assert.deepEqual(trigrams('民主生活会'), ['民主生', '主生活', '生活会']);
  assert.deepEqual(trigrams('党史'), []);
  assert.deepEqual([...textTrigrams(['会议，学习党史'])].sort(), ['习党史', '学习党'].sort());
  assert.ok(trigrams('以会议落实会议').every((t) => trigramBucket(t) >= 0 && trigramBucket(t) < TRIGRAM_BUCKETS));
});

test('the trigrams collected while indexing are those a query asks about, characters beyond the BMP left out', () => {
  const texts = ['以会议落实会议，“两个确立”', '𠀀𠀁学习 党史'];
  const fromQuery = new Set(
    texts.flatMap((t) =>
      normalizeText(t)
        .match(/[\p{L}\p{N}]+/gu)!
        .flatMap(trigrams),
    ),
  );
  assert.deepEqual([...textTrigrams(texts)].sort(), [...fromQuery].sort());
  assert.ok(fromQuery.has('两个确') && fromQuery.has('学习党') && !fromQuery.has('𠀁学习'));
});
