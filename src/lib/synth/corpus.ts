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

/** The sentences of a paragraph, each with its closing punctuation. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；！？]+[。；！？]?/gu) ?? [];
}

/**
 * `distinct`: each paragraph is recombined from two or more seed sentences drawn at random (until
 * it is a paragraph's length), so that paragraphs are rarely exact copies of one another, as in a real
 * library, rather than one of the seeds' few hundred paragraphs.
 */
export function synthesizeReports(seeds: readonly SeedText[], count: number, seed: number, { distinct = false } = {}): { name: string; text: string }[] {
  const next = prng(seed);
  const seedParagraphs = seeds.flatMap((s) => s.lines.filter((l) => l.length >= PARAGRAPH));
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  // Whole sentences only (closing punctuation included), so that they join into well-formed text.
  const pool = seedParagraphs.flatMap(sentences).filter((s) => /[。；！？]$/u.test(s));
  const recombined = () => {
    // Two sentences at least: a long sentence alone would be a paragraph many reports share.
    let text = pick(pool);
    do text += pick(pool);
    while (text.length < PARAGRAPH);
    return text;
  };
  const paragraph = distinct ? recombined : () => pick(seedParagraphs);
  const width = String(count).length;
  return Array.from({ length: count }, (_, i) => {
    const skeleton = pick(seeds);
    const lines = skeleton.lines.map((line) => (line.length >= PARAGRAPH ? paragraph() : line));
    return { name: `synth_${String(i).padStart(width, '0')}_${skeleton.name.slice(0, 3)}.txt`, text: `${lines.join('\n')}\n` };
  });
}
