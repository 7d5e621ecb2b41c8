import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedNames, SOURCES_DIR } from '../../../../tests/support/corpus.ts';
import { sentences, synthesizeReports } from '../corpus.ts';
import { similarity } from '../../ingest/identity.ts';

const seeds = seedNames().map((name) => ({ name, lines: readFileSync(join(SOURCES_DIR, name), 'utf8').split('\n') }));

test('synthetic reports are deterministic recombinations of seed lines', () => {
  const a = synthesizeReports(seeds, 20, 7);
  assert.deepEqual(synthesizeReports(seeds, 20, 7), a);
  assert.notDeepEqual(synthesizeReports(seeds, 20, 8), a);
  const seedLines = new Set(seeds.flatMap((s) => s.lines));
  for (const r of a) for (const line of r.text.trimEnd().split('\n')) assert.ok(seedLines.has(line), `${r.name}: ${line.slice(0, 20)}`);
  assert.equal(new Set(a.map((r) => r.name)).size, 20);
  assert.ok(new Set(a.map((r) => r.name.slice(-7))).size > 1, 'several seed skeletons are used');
});

test('edited copies: a share of the reports gets every paragraph reworked by 5–20 %, the rest of the library unchanged', () => {
  const plain = synthesizeReports(seeds, 40, 7);
  const edited = synthesizeReports(seeds, 40, 7, { edited: 0.25 });
  assert.deepEqual(synthesizeReports(seeds, 40, 7, { edited: 0.25 }), edited, 'deterministic');
  assert.deepEqual(synthesizeReports(seeds, 40, 7, { edited: 0 }), plain, 'no edits: the library as before');
  const seedLines = new Set(seeds.flatMap((s) => s.lines));
  const paragraphs = [...seedLines].filter((l) => l.length >= 80);
  let count = 0;
  edited.forEach((r, i) => {
    if (!/^synth_\d+e_/.test(r.name)) return assert.equal(r.text, plain[i].text);
    count++;
    const lines = r.text.trimEnd().split('\n');
    const before = plain[i].text.trimEnd().split('\n');
    lines.forEach((line, k) => {
      if (before[k].length < 80) return assert.equal(line, before[k]);
      assert.ok(!seedLines.has(line), `${r.name}: a paragraph is edited`);
      // Its own original is the closest seed paragraph, at 0.74 or more (edits of 20 % measured ≥ 0.744: README).
      const best = Math.max(...paragraphs.map((p) => similarity(p, line)));
      assert.equal(similarity(before[k], line), best);
      assert.ok(best >= 0.74 && best < 0.97, `${r.name}: ${best}`);
    });
  });
  assert.equal(count, 10, 'a quarter of 40');
});

test('--distinct: paragraphs recombined from seed sentences are rarely exact copies; other lines are the seeds’', () => {
  const reports = synthesizeReports(seeds, 20, 7, { distinct: true });
  assert.deepEqual(synthesizeReports(seeds, 20, 7, { distinct: true }), reports);
  const seedLines = new Set(seeds.flatMap((s) => s.lines));
  const seedSentences = new Set(seeds.flatMap((s) => s.lines.filter((l) => l.length >= 80).flatMap(sentences)));
  const paragraphs = reports.flatMap((r) => r.text.trimEnd().split('\n')).filter((line) => !seedLines.has(line));
  assert.ok(paragraphs.length > 200, `${paragraphs.length} recombined paragraphs`);
  for (const p of paragraphs) assert.ok(p.length >= 80 && sentences(p).every((s) => seedSentences.has(s)), p.slice(0, 20));
  assert.ok(new Set(paragraphs).size > 0.95 * paragraphs.length, 'nearly all distinct');
  assert.deepEqual(sentences('一是学习不够。二是调研不深；三是'), ['一是学习不够。', '二是调研不深；', '三是']);
});
