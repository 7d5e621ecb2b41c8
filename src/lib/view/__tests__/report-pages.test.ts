/**
 * Report pages (report-pages.ts): the published page bound, how sections and passages fill pages,
 * and where each anchor lives. Expected layouts are written out here, from the costs the module
 * documents: a heading or passage costs 300 bytes of markup plus 3 bytes per character.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntrySection } from '../../entry/schema.ts';
import { anchorPages, PAGE_BUDGET, pieces, PIECE_CHARS, reportPages, type PageSection } from '../report-pages.ts';

const section = (id: string, heading: string, ...texts: string[]): EntrySection => ({
  id,
  level: 1,
  heading,
  passages: texts.map((text, i) => ({ id: `${id}-p${i + 1}`, text })),
});

/** A page as [section id, continued, [passage id or '…' for a later piece, continued, continues]…]. */
const layout = (pages: PageSection[][]) =>
  pages.map((page) => page.map((s) => [s.section.id, s.continued, s.passages.map((p) => [p.id ?? '…', p.passageId, p.continued, p.continues])]));

test('the published bounds: 240,000 bytes of page body, passages cut into pieces of 60,000 characters', () => {
  assert.equal(PAGE_BUDGET, 240_000);
  assert.equal(PIECE_CHARS, 60_000);
});

test('pieces: a text within the size is one piece; a longer one is cut at the size, losing nothing', () => {
  assert.deepEqual(pieces('理论学习', 4), ['理论学习']);
  assert.deepEqual(pieces('理论学习不够深入', 3), ['理论学', '习不够', '深入']);
  assert.deepEqual(pieces('a'.repeat(60_001)), ['a'.repeat(60_000), 'a']);
  assert.deepEqual(pieces('a'.repeat(60_000)), ['a'.repeat(60_000)]);
});

test('pieces never cut inside a placeholder ⟦…⟧ nor between a backslash and the character it escapes', () => {
  assert.deepEqual(pieces('aaaa⟦xx⟧bbbb', 5), ['aaaa', '⟦xx⟧b', 'bbb']);
  assert.deepEqual(pieces('aaaa\\⟦bbbb', 5), ['aaaa\\⟦', 'bbbb']);
  // A placeholder longer than the size: the cut waits for its end, and no piece is empty.
  assert.deepEqual(pieces('aa⟦xxxxxx⟧bb', 4), ['aa', '⟦xxxxxx⟧', 'bb']);
  assert.deepEqual(pieces('⟦xxxxxx⟧a', 3), ['⟦xxxxxx⟧', 'a']);
});

test('pages fill in order; a section going on to the next page is marked continued there', () => {
  // Costs: heading of 2 characters 306, passage of 100 characters 600, of 30 characters 390.
  const pages = reportPages([section('s1', '一、', 'a'.repeat(100), 'b'.repeat(100)), section('s2', '二、', 'c'.repeat(30))], 1000);
  assert.deepEqual(layout(pages), [
    [['s1', false, [['s1-p1', 's1-p1', false, false]]]],
    [
      ['s1', true, [['s1-p2', 's1-p2', false, false]]],
      ['s2', false, []],
    ],
    [['s2', true, [['s2-p1', 's2-p1', false, false]]]],
  ]);
  assert.equal(pages[0][0].passages[0].text, 'a'.repeat(100));
});

test('an item exactly filling the budget stays on its page; one byte more starts the next', () => {
  // A heading of 100 characters costs 600, a passage of 100 characters 600: 1200 in all.
  const exact = reportPages([section('s1', 'x'.repeat(100), 'a'.repeat(100))], 1200);
  assert.equal(exact.length, 1, '600 + 600 = 1200 fits');
  const over = reportPages([section('s1', 'x'.repeat(100), 'a'.repeat(100))], 1199);
  assert.deepEqual(layout(over), [[['s1', false, []]], [['s1', true, [['s1-p1', 's1-p1', false, false]]]]]);
});

test('nothing makes an empty page: an item larger than the budget sits alone on its own page', () => {
  const pages = reportPages([section('s1', '一、', 'a'.repeat(1000)), section('s2', '二、')], 100);
  assert.deepEqual(layout(pages), [[['s1', false, []]], [['s1', true, [['s1-p1', 's1-p1', false, false]]]], [['s2', false, []]]]);
});

test('a passage longer than a piece goes on in pieces over pages, its anchor on the first piece only', () => {
  const long = 'a'.repeat(130_000);
  const pages = reportPages([section('s1', '一、', long)]);
  assert.deepEqual(layout(pages), [
    [['s1', false, [['s1-p1', 's1-p1', false, true]]]],
    [
      [
        's1',
        true,
        [
          ['…', 's1-p1', true, true],
          ['…', 's1-p1', true, false],
        ],
      ],
    ],
  ]);
  assert.equal(
    pages
      .flat()
      .flatMap((s) => s.passages.map((p) => p.text))
      .join(''),
    long,
  );
  assert.deepEqual(anchorPages(pages), {}, 'its later pieces carry no anchor');
});

test('anchors off the first page are mapped to their page, aliases through their target; first-page ones are not', () => {
  const pages = reportPages([section('s1', '一、', 'a'.repeat(100), 'b'.repeat(100)), section('s2', '二、', 'c'.repeat(30))], 1000);
  assert.deepEqual(anchorPages(pages), { 's1-p2': 2, s2: 2, 's2-p1': 3 });
  assert.deepEqual(anchorPages(pages, { 's9-p1': 's2-p1', 's8-p1': 's1-p1', 's7-p1': 'gone' }), { 's1-p2': 2, s2: 2, 's2-p1': 3, 's9-p1': 3 });
  assert.deepEqual(anchorPages(reportPages([section('s1', '一、', 'a')])), {});
});
