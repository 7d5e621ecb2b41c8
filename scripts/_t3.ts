import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeReports, editParagraph, prng } from '../src/lib/synth/corpus.ts';
import { similarIndex, similarOf } from '../src/lib/similar/similar.ts';
import { fingerprint } from '../src/lib/ingest/identity.ts';
const N = Number(process.argv[2] ?? 10000);
const seeds = readdirSync('content/sources')
  .sort()
  .map((name) => ({ name, lines: readFileSync(join('content/sources', name), 'utf8').split('\n') }));
let t0 = performance.now();
const reports = synthesizeReports(seeds, N, 1, { edited: 0.1 });
const passages = reports.flatMap((r) => r.text.split('\n').filter((l) => l.length > 0));
console.log('passages', passages.length, 'synth ms', (performance.now() - t0).toFixed(0));
t0 = performance.now();
const idx = similarIndex(passages);
console.log(
  'index ms',
  (performance.now() - t0).toFixed(0),
  'distinct',
  idx.texts.length,
  'verified',
  idx.verified,
  'mem MB',
  (process.memoryUsage().rss / 1e6).toFixed(0),
);
// recall: each distinct text with a seed paragraph original (largest group among near)
const originals = new Set(seeds.flatMap((s) => s.lines.filter((l) => l.length >= 80)).map(fingerprint));
const all = new Set(seeds.flatMap((s) => s.lines).map(fingerprint));
let edited = 0,
  found = 0,
  withNear = 0;
const missing: string[] = [];
idx.texts.forEach((t, i) => {
  if (all.has(t.fingerprint)) return;
  if (t.fingerprint.length < 60) return;
  edited++;
  if (idx.near[i].length) withNear++;
  if (idx.near[i].some((n) => originals.has(idx.texts[n.text].fingerprint))) found++;
  else if (missing.length < 3) missing.push(t.fingerprint.slice(0, 60));
});
console.log({ edited, withNear, found, missing });
const one = similarOf(idx, 0);
console.log(one.total, one.entries.slice(0, 4));
