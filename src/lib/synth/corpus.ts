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

/**
 * An edited copy of a paragraph, as units rework a text they copy: spans replaced by words from
 * other paragraphs, phrases inserted, spans deleted, until `fraction` of its characters changed.
 */
export function editParagraph(text: string, fraction: number, next: () => number, donors: readonly string[]): string {
  let out = text;
  const target = Math.round(fraction * text.length);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const donorSpan = (length: number) => {
    const donor = donors[Math.floor(next() * donors.length)];
    const at = int(0, Math.max(0, donor.length - length));
    return donor.slice(at, at + length);
  };
  for (let changed = 0; changed < target;) {
    const op = next();
    const at = int(0, out.length - 1);
    if (op < 0.5) {
      const length = Math.min(int(2, 4), target - changed + 1);
      out = out.slice(0, at) + donorSpan(length) + out.slice(at + length);
      changed += length;
    } else if (op < 0.8) {
      const phrase = donorSpan(int(4, 10));
      out = out.slice(0, at) + phrase + out.slice(at);
      changed += phrase.length;
    } else {
      const length = int(2, 4);
      out = out.slice(0, at) + out.slice(at + length);
      changed += length;
    }
  }
  return out;
}

export interface SynthOptions {
  /** Share of the reports whose every paragraph is an edited copy (5–20 % of its characters changed). */
  edited?: number;
  /** Paragraphs recombined from seed sentences (see below). */
  distinct?: boolean;
}

/** The sentences of a paragraph, each with its closing punctuation. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；！？]+[。；！？]?/gu) ?? [];
}

/**
 * `distinct`: each paragraph is recombined from two or more seed sentences drawn at random (until
 * it is a paragraph's length), so that paragraphs are rarely exact copies of one another, as in a real
 * library, rather than one of the seeds' few hundred paragraphs.
 */
export function synthesizeReports(
  seeds: readonly SeedText[],
  count: number,
  seed: number,
  { edited = 0, distinct = false }: SynthOptions = {},
): { name: string; text: string }[] {
  const next = prng(seed);
  // Edits draw from their own stream, so a library with edited copies is the same library otherwise.
  const edits = prng(seed ^ 0x5eed);
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
    let lines = skeleton.lines.map((line) => (line.length >= PARAGRAPH ? paragraph() : line));
    const edit = edited > 0 && edits() < edited;
    if (edit) lines = lines.map((line) => (line.length >= PARAGRAPH ? editParagraph(line, 0.05 + 0.15 * edits(), edits, seedParagraphs) : line));
    const name = `synth_${String(i).padStart(width, '0')}${edit ? 'e' : ''}_${skeleton.name.slice(0, 3)}.txt`;
    return { name, text: `${lines.join('\n')}\n` };
  });
}
