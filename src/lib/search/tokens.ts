/**
 * Exact-substring search on top of Pagefind, by construction: the index and the query are
 * tokenized by this one module into character bigrams, so they cannot disagree (default
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
 * What the index holds for some texts (passages): each distinct bigram once. Candidates are
 * verified against the text, so Pagefind needs no positions or counts, and one occurrence per
 * record keeps its posting lists (and the index build) small. Runs of one character give no
 * token: a query never asks for one.
 */
export function indexContent(texts: readonly string[]): string {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const run of wordRuns(normalizeText(text))) if (run.length >= 2) for (const b of bigrams(run)) tokens.add(b);
  }
  return [...tokens].join(' ');
}

export interface QueryPlan {
  /** Normalized terms; a passage matches when it contains every one. */
  terms: string[];
  /** What to ask Pagefind for candidates: bigrams covering every character of the query, unquoted (ANDed). */
  pagefindQuery: string;
}

/**
 * Bigrams that together cover every character of a run: 以会议落实会议 → 以会 议落 实会 会议. A text
 * containing the run contains these too, so they find every candidate, and each one fewer is an
 * index chunk (per shard) the browser does not download. Verification removes the extra candidates.
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
export function planQuery(query: string): QueryPlan | undefined {
  const terms = query
    .split(/[\s\u3000]+/u)
    .map(normalizeText)
    .filter((t) => wordRuns(t).length > 0);
  if (terms.length === 0) return undefined;
  const runs = terms.flatMap(wordRuns).filter((run) => [...run].length >= 2);
  if (runs.length === 0) return undefined;
  return { terms, pagefindQuery: [...new Set(runs.flatMap(coveringBigrams))].join(' ') };
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
  for (let i = 0; i < text.length; ) {
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
