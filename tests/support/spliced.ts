/**
 * A report with a phrase no other report has, for search tests and benchmarks over synthetic
 * libraries (where every paragraph is a seed paragraph, so every phrase is in many reports):
 * seed 004 moved to 2019, older than every other report, so its index shard is the last, with
 * one paragraph made of the first half of one seed paragraph and the second half of another.
 */
import type { SeedText } from '../../src/lib/synth/corpus.ts';

export function oldSplicedReport(seeds: readonly SeedText[]): { name: string; text: string; phrase: string } {
  const long = seeds.flatMap((s) => s.lines.filter((l) => l.length >= 120 && /^\p{Script=Han}/u.test(l)));
  const joined = long[3].slice(0, 60) + long.at(-4)!.slice(60);
  const lines = seeds[4].lines.map((l) => l.replace(/2023年/g, '2019年'));
  lines[lines.findIndex((l) => l.length >= 120)] = joined;
  return { name: 'old_spliced.txt', text: lines.join('\n'), phrase: joined.slice(52, 68) };
}
