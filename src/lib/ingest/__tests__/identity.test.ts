/**
 * Passage and section identity across re-ingests (identity.ts): each case states the anchors a
 * re-ingest must give, written out by hand from the rule (same text → containment → similar text;
 * new anchors are positional and never an earlier one; a vanished anchor becomes an alias).
 * Texts are fixtures written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntrySection } from '../../entry/schema.ts';
import { carryIdentity, fingerprint, similarity } from '../identity.ts';

const A = '理论学习不够深入系统，存在实用主义倾向。';
const B = '调查研究不够深入，到基层听取意见少。';
const C = '落实全面从严治党主体责任有差距。';
const D = '批评和自我批评开展得不够经常。';

/** Sections from [id, heading, ...passage texts], passages numbered by position. */
function sections(...specs: [id: string, heading: string, ...texts: string[]][]): EntrySection[] {
  return specs.map(([id, heading, ...texts]) => ({
    id,
    level: id.split('-').length,
    heading,
    passages: texts.map((text, k) => ({ id: `${id}-p${k + 1}`, text })),
  }));
}

/** Each section as [id, passage ids]. */
const anchors = (list: EntrySection[]) => list.map((s) => [s.id, s.passages.map((p) => p.id)]);

test('fingerprint ignores placeholder marks, width and every kind of space', () => {
  assert.equal(fingerprint('理论　学习 Ａ１\n贯彻'), '理论学习A1贯彻');
  assert.equal(fingerprint('在⟦×⟧县工作'), fingerprint('在×县工作'));
});

test('similarity is the Dice coefficient over character bigrams, counted with repeats', () => {
  assert.equal(similarity('理论学习', '理论学习'), 1);
  assert.equal(similarity('理论学习', '调查研究'), 0);
  // 理论 论学 学习 / 理论 论学 学风: 2 shared of 3 + 3.
  assert.equal(similarity('理论学习', '理论学风'), 4 / 6);
  // 哈哈 twice / once: 1 shared of 2 + 1.
  assert.equal(similarity('哈哈哈', '哈哈'), 2 / 3);
  assert.equal(similarity('', ''), 1);
  assert.equal(similarity('a', 'b'), 0);
  assert.equal(similarity('a', 'a'), 1);
});

test('a first ingest keeps the positional anchors', () => {
  const fresh = sections(['s1', '一、存在的问题', A, B]);
  const { sections: out, aliases } = carryIdentity(fresh);
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's1-p2']]]);
  assert.deepEqual(aliases, {});
  assert.deepEqual(anchors(carryIdentity(fresh, { sections: [] }).sections), [['s1', ['s1-p1', 's1-p2']]]);
});

test('a passage moved to another section keeps its anchor there; nothing becomes an alias', () => {
  const previous = sections(['s1', '一、存在的问题', A, B], ['s2', '二、原因剖析', C]);
  const fresh = sections(['s1', '一、存在的问题', B], ['s2', '二、原因剖析', C, A]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [
    ['s1', ['s1-p2']],
    ['s2', ['s2-p1', 's1-p1']],
  ]);
  assert.deepEqual(aliases, {});
});

test('a passage inserted before others gets a new anchor no earlier passage had; the others keep theirs', () => {
  const previous = sections(['s1', '一、存在的问题', A, B]);
  const fresh = sections(['s1', '一、存在的问题', D, A, B]);
  assert.deepEqual(anchors(carryIdentity(fresh, { sections: previous }).sections), [['s1', ['s1-p3', 's1-p1', 's1-p2']]]);
});

test('anchors that were aliases count as used: a new passage never takes one', () => {
  const previous = sections(['s1', '一、存在的问题', A]);
  const fresh = sections(['s1', '一、存在的问题', A, B]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous, aliases: { 's1-p2': 's1-p1', 's1-p7': 's1-p1' } });
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's1-p8']]]);
  assert.deepEqual(aliases, { 's1-p2': 's1-p1', 's1-p7': 's1-p1' });
});

test('two hard-wrapped lines joined into one passage: the first anchor stays, the second becomes its alias', () => {
  const previous = sections(['s1', '一、存在的问题', '理论学习不够深入系统，', '存在实用主义倾向。', C]);
  const fresh = sections(['s1', '一、存在的问题', '理论学习不够深入系统，存在实用主义倾向。', C]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's1-p3']]]);
  assert.deepEqual(aliases, { 's1-p2': 's1-p1' });
});

test('a passage split in two: the first part keeps the anchor, the second is new', () => {
  const previous = sections(['s1', '一、存在的问题', A + B]);
  const fresh = sections(['s1', '一、存在的问题', A, B]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's1-p2']]]);
  assert.deepEqual(aliases, {});
});

test('a short text (under 8 characters) is never matched by containment', () => {
  const previous = sections(['s1', '一、存在的问题', '一是', A]);
  const fresh = sections(['s1', '一、存在的问题', `一是${B}`, A]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p3', 's1-p2']]]);
  assert.deepEqual(aliases, { 's1-p1': 's1' }, 'the vanished 一是 points to its section');
});

test('an edited passage (similar text) keeps its anchor; the best-matching pair wins', () => {
  const edited = '理论学习不够深入系统，存在一定的实用主义倾向。';
  assert.ok(similarity(fingerprint(edited), fingerprint(A)) >= 0.6);
  const previous = sections(['s1', '一、存在的问题', B, A]);
  const fresh = sections(['s1', '一、存在的问题', edited, B]);
  assert.deepEqual(anchors(carryIdentity(fresh, { sections: previous }).sections), [['s1', ['s1-p2', 's1-p1']]]);
  // Below 0.6 it is a new passage, and the old one's anchor points to its section.
  const rewritten = '学风不正，学用脱节。';
  assert.ok(similarity(fingerprint(rewritten), fingerprint(A)) < 0.6);
  const { sections: out, aliases } = carryIdentity(sections(['s1', '一、存在的问题', rewritten, B]), { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p3', 's1-p1']]]);
  assert.deepEqual(aliases, { 's1-p2': 's1' });
});

test('a renamed heading keeps its section anchor through its passages; of two same headings, the one sharing passages', () => {
  const previous = sections(['s1', '一、存在的问题', A], ['s2', '二、原因', B]);
  const renamed = sections(['s1', '一、存在的主要问题', A], ['s2', '二、原因', B]);
  assert.deepEqual(anchors(carryIdentity(renamed, { sections: previous }).sections), [
    ['s1', ['s1-p1']],
    ['s2', ['s2-p1']],
  ]);
  const twins = sections(['s1', '（一）', A], ['s2', '（一）', B]);
  const swapped = sections(['s1', '（一）', B], ['s2', '（一）', A]);
  assert.deepEqual(anchors(carryIdentity(swapped, { sections: twins }).sections), [
    ['s2', ['s2-p1']],
    ['s1', ['s1-p1']],
  ]);
});

test('a section inserted before the others gets a new section anchor; the others keep theirs', () => {
  const previous = sections(['s1', '一、存在的问题', A], ['s2', '二、原因', B]);
  const fresh = sections(['s1', '前言', D], ['s2', '一、存在的问题', A], ['s3', '二、原因', B]);
  assert.deepEqual(anchors(carryIdentity(fresh, { sections: previous }).sections), [
    ['s3', ['s3-p1']],
    ['s1', ['s1-p1']],
    ['s2', ['s2-p1']],
  ]);
});

test('a section that is gone points to where its first surviving passage went, and so do its vanished passages', () => {
  const previous = sections(['s1', '一、存在的问题', A], ['s2', '二、原因', B, C]);
  const fresh = sections(['s1', '一、存在的问题', A, C]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's2-p2']]]);
  assert.deepEqual(aliases, { s2: 's2-p2', 's2-p1': 's2-p2' });
});

test('a numbered heading read as a paragraph now: the old section anchor points to that passage', () => {
  const heading = '（三）一是工作思考不深入，二是落实不够扎实';
  const previous = sections(['s1', '一、存在的问题', A], ['s1-3', heading]);
  const fresh = sections(['s1', '一、存在的问题', A, `${heading}。`]);
  const { sections: out, aliases } = carryIdentity(fresh, { sections: previous });
  assert.deepEqual(anchors(out), [['s1', ['s1-p1', 's1-p2']]]);
  assert.deepEqual(aliases, { 's1-3': 's1-p2' });
});

test('earlier aliases follow their target to its new place, and are dropped when the old anchor is an anchor again', () => {
  const previous = sections(['s1', '一、存在的问题', A, B]);
  const fresh = sections(['s1', '一、存在的问题', B]);
  const { aliases } = carryIdentity(fresh, { sections: previous, aliases: { 's1-p9': 's1-p1', 's1-p2': 's1-p1' } });
  // s1-p1's text is gone: it points to its section, and so does its old alias s1-p9; s1-p2 is B's anchor.
  assert.deepEqual(aliases, { 's1-p1': 's1', 's1-p9': 's1' });
});
