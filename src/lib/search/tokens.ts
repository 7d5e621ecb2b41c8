/**
 * Exact-substring search on top of Pagefind, by construction: the index and the query are
 * tokenized by this one module into character bigrams (written as words Pagefind keeps whole),
 * so they cannot disagree (default
 * Pagefind segments Chinese with jieba when indexing but Intl.Segmenter when querying).
 * Pagefind finds candidate reports holding every bigram of the query (its unquoted terms are
 * ANDed; its quoted "exact" mode does not match overlapping Han bigrams in 1.6), and every
 * candidate passage is then verified as a substring match on normalized text.
 */

/** Curly and straight quotes are one character for matching: “两个确立” ≡ "两个确立". */
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '「': '"', '」': '"', '『': '"', '』': '"' };

/** NFKC (full-width → half-width), lowercase, unified quotes, no whitespace. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”„‘’「」『』]/g, (q) => QUOTES[q])
    .replace(/[\s\u3000]+/gu, '');
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Runs of letters and digits (Han included); punctuation separates them. */
export function wordRuns(normalized: string): string[] {
  return normalized.match(WORD_RUN) ?? [];
}

/** 民主生活会 → 民主 主生 生活 活会; a single character stands for itself. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/**
 * The distinct bigrams of some texts (passages): what the index holds for them. Candidates are
 * verified against the text, so Pagefind needs no positions or counts, and one occurrence per
 * record keeps its posting lists (and the index build) small. Runs of one character give no
 * bigram: a query never asks for one.
 */
export function indexBigrams(texts: readonly string[], trigramSink?: Set<number>): string[] {
  // Pairs of code points as numbers (a set of numbers is several times faster than one of strings).
  const pairs = new Set<number>();
  for (const text of texts) {
    for (const run of wordRuns(normalizeText(text))) {
      let before = -1;
      let previous = -1;
      for (let i = 0; i < run.length;) {
        const cp = run.codePointAt(i)!;
        if (previous >= 0) pairs.add(previous * 0x110000 + cp);
        // The same pass collects the trigrams for the shard summaries (see trigramNumber).
        if (trigramSink && before >= 0 && before <= 0xffff && previous <= 0xffff && cp <= 0xffff) trigramSink.add((before * 0x10000 + previous) * 0x10000 + cp);
        before = previous;
        previous = cp;
        i += cp > 0xffff ? 2 : 1;
      }
    }
  }
  return [...pairs].map((pair) => String.fromCodePoint(Math.floor(pair / 0x110000), pair % 0x110000));
}

/** Code points in base 36, four digits each (36⁴ > 0x10FFFF): every bigram becomes one 8-character word. */
const WIDTH = 4;

/**
 * A bigram as Pagefind sees it, in index and query alike: 会议 → 0fmi0rla. Not Han text, because
 * Pagefind handles that itself when the page is Chinese — it re-segments the query with
 * Intl.Segmenter and prefix-matches the pieces (议落 → 议* 落*) — while it keeps a lowercase
 * letter-and-digit word whole; the index's language is 'unknown', so no stemmer touches it
 * (English stemming cut 0tol0nes to 0tol0n); and with one width for all, a prefix match is exact.
 * (All-digit words would do too, but Pagefind indexed them about 30% slower.)
 */
export function bigramToken(bigram: string): string {
  return [...bigram].map((c) => c.codePointAt(0)!.toString(36).padStart(WIDTH, '0')).join('');
}

export function tokenBigram(token: string): string {
  return String.fromCodePoint(...(token.match(new RegExp(`.{${WIDTH}}`, 'g')) ?? []).map((d) => parseInt(d, 36)));
}

/** The language the index is built in and its records carry: no stemming, no segmentation. */
export const INDEX_LANGUAGE = 'unknown';

/** Bigrams as one Pagefind text (record content or query): tokens separated by spaces. */
export function pagefindTerms(bigrams: readonly string[]): string {
  return bigrams.map(bigramToken).join(' ');
}

export interface QueryPlan {
  /** Normalized terms; a passage matches when it contains every one. */
  terms: string[];
  /**
   * What to ask Pagefind for candidates first: for each term the one bigram expected to be rarest
   * (a text containing the term contains each of its bigrams; Pagefind ANDs them). Each bigram
   * asked costs one index chunk per shard, so one per term; verification removes the extras.
   */
  rarest: string[];
  /** Bigrams covering every character of every term: fewer candidates for more chunks, asked when the rarest prove unselective. */
  covering: string[];
  /** Every trigram of every term (runs of three or more characters): only shards holding them all can match (see trigramShards). */
  trigrams: string[];
}

/**
 * How common each bigram is, from a list of frequent bigrams, most frequent first (steers which
 * bigram a Pagefind query asks for). A bigram not listed counts as rarer than every listed one.
 */
export type BigramRanks = ReadonlyMap<string, number>;

export function bigramRanks(frequentFirst: readonly string[]): BigramRanks {
  return new Map(frequentFirst.map((b, i) => [b, frequentFirst.length - i]));
}

/** The bigrams of `runs` least common by `ranks` (the first of equals). */
function rarestBigram(runs: readonly string[], ranks: BigramRanks): string {
  let best = '';
  let bestRank = Infinity;
  for (const b of runs.flatMap(bigrams)) {
    const rank = ranks.get(b) ?? 0;
    if (rank < bestRank) [best, bestRank] = [b, rank];
  }
  return best;
}

/**
 * Bigrams that together cover every character of a run: 以会议落实会议 → 以会 议落 实会 会议. A text
 * containing the run contains these too, so they find every candidate.
 */
export function coveringBigrams(run: string): string[] {
  const all = bigrams(run);
  return all.filter((_, i) => i % 2 === 0 || i === all.length - 1);
}

/**
 * Space-separated terms are ANDed. Only runs of two or more characters give Pagefind tokens: a
 * lone character at a punctuation edge (议 in 议。比如) is inside some bigram of the text, never a
 * token of its own; verification checks it. Returns undefined when no run has two characters.
 */
export function planQuery(query: string, ranks: BigramRanks = new Map()): QueryPlan | undefined {
  const terms = query
    .split(/[\s\u3000]+/u)
    .map(normalizeText)
    .filter((t) => wordRuns(t).length > 0);
  const runsOf = (term: string) => wordRuns(term).filter((run) => [...run].length >= 2);
  const termRuns = terms.map(runsOf).filter((runs) => runs.length > 0);
  if (termRuns.length === 0) return undefined;
  return {
    terms,
    rarest: [...new Set(termRuns.map((runs) => rarestBigram(runs, ranks)))],
    covering: [...new Set(termRuns.flat().flatMap(coveringBigrams))],
    trigrams: [...new Set(termRuns.flat().flatMap(trigrams))],
  };
}

/**
 * 民主生活会 → 民主生 主生活 生活会: the trigrams of a run that shard summaries hold (none under three
 * characters; none with a character beyond the BMP, rare enough not to be worth a summary entry,
 * so that a trigram fits a number while the index is built).
 */
export function trigrams(run: string): string[] {
  const chars = [...run];
  return chars
    .slice(2)
    .map((c, i) => chars[i] + chars[i + 1] + c)
    .filter((t) => t.length === 3);
}

/** A trigram as collected by indexBigrams, back as text. */
export function trigramText(packed: number): string {
  return String.fromCharCode(Math.floor(packed / 0x100000000), Math.floor(packed / 0x10000) % 0x10000, packed % 0x10000);
}

/** The distinct trigrams of some texts, never across punctuation: what a shard's summary holds for them. */
export function textTrigrams(texts: readonly string[]): Set<string> {
  const packed = new Set<number>();
  indexBigrams(texts, packed);
  return new Set([...packed].map(trigramText));
}

/**
 * Gram summaries are split into this many files by a hash of the gram (text-store.ts), so that a
 * query fetches only the few files its grams are in.
 */
export const TRIGRAM_BUCKETS = 64;

/** FNV-1a over the UTF-16 units, modulo the bucket count: the same in the build and the page. */
export function trigramBucket(trigram: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < trigram.length; i++) hash = Math.imul(hash ^ trigram.charCodeAt(i), 0x01000193) >>> 0;
  return hash % TRIGRAM_BUCKETS;
}

export function matchesAll(normalizedPassage: string, terms: readonly string[]): boolean {
  return terms.every((t) => normalizedPassage.includes(t));
}

/**
 * Where a term occurs in the original (un-normalized) text, for highlighting: maps each
 * normalized character back to its source index. Returns [start, end) ranges.
 */
export function matchRanges(text: string, term: string): [number, number][] {
  const positions: number[] = [];
  let normalized = '';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const n = normalizeText(ch);
    for (let k = 0; k < n.length; k++) positions.push(i);
    normalized += n;
    i += ch.length;
  }
  const ranges: [number, number][] = [];
  if (!term) return ranges;
  for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + term.length)) {
    const last = positions[at + term.length - 1];
    ranges.push([positions[at], last + String.fromCodePoint(text.codePointAt(last)!).length]);
  }
  return ranges;
}
