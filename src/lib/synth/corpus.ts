/**
 * Synthetic corpora for benchmarks and tests, never site content: each report keeps a seed's
 * skeleton (title, headings, short lines) and replaces its paragraphs with paragraphs drawn
 * from all seeds, so sizes, structure and vocabulary are real while the combinations vary.
 * Deterministic for a given seed number.
 */

export interface SeedText {
  name: string;
  lines: string[];
}

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines long enough to be paragraphs rather than headings or header fields. */
const PARAGRAPH = 80;

export function synthesizeReports(seeds: readonly SeedText[], count: number, seed: number): { name: string; text: string }[] {
  const next = prng(seed);
  const paragraphs = seeds.flatMap((s) => s.lines.filter((l) => l.length >= PARAGRAPH));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const skeleton = pick(seeds);
    const lines = skeleton.lines.map((line) => (line.length >= PARAGRAPH ? pick(paragraphs) : line));
    return { name: `synth_${String(i).padStart(width, '0')}_${skeleton.name.slice(0, 3)}.txt`, text: `${lines.join('\n')}\n` };
  });
}
