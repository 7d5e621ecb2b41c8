/**
 * 相似表述: for every passage, the passages elsewhere in the library that say nearly the same —
 * exact copies, edited copies and close paraphrases — without comparing every pair.
 *
 * 1. Exact copies share a text fingerprint (identity.ts: the text without placeholder marks,
 *    width or whitespace differences) and are grouped first: only distinct texts are compared (a
 *    synthetic library of 10,000 reports has ~800,000 passages and ~400 distinct texts, plus one
 *    per paragraph of an edited copy: 24,000 with a tenth of the reports edited).
 * 2. Each distinct text gets a MinHash signature of its character bigrams (one-permutation
 *    hashing: one hash per bigram, the minimum per bin), cut into bands; texts sharing a band are
 *    candidates (locality-sensitive hashing). A large bucket (a paragraph and its hundreds of
 *    edited copies) is not expanded pairwise: each member takes the bucket's largest groups and its
 *    neighbours in it, so the work per text is bounded.
 * 3. Candidates are ranked by signature agreement and the best few verified by the real measure,
 *    the Dice coefficient of character-bigram multisets (identity.ts `similarity`, here on sorted
 *    code arrays for speed); a pair counts from THRESHOLD (why that value: README, 相似表述).
 */
import { fingerprint } from '../ingest/identity.ts';

/** Bigram Dice from which two texts are shown as saying nearly the same (measured on the seeds: README). */
export const THRESHOLD = 0.55;
/** Texts shorter than this (fingerprint characters) are stock lines (谢谢大家！, 一、存在的问题): never compared or shown. */
export const MIN_CHARS = 20;
/** Closest other distinct texts kept per text. */
export const LIMIT = 10;

const BINS = 64;
const ROWS = 2;
const BANDS = Math.floor(BINS / ROWS);
/** Members of a bucket a text takes as candidates at most: the largest groups, then its neighbours. */
const BUCKET_TAKE = 8;
/** Candidates verified by the real measure per text, best signature agreement first. */
const VERIFY = 2 * LIMIT;
/**
 * Bins a candidate must agree on to be verified at all: 14 of 64 estimates a bigram Jaccard of 0.22
 * (Dice ≈ 0.36); a pair at the threshold (Dice 0.55, Jaccard 0.38) agrees on 24 ± 4, an edited
 * copy (Dice ≥ 0.74) on 38 ± 4.
 */
const MIN_AGREE = 14;

/** A text's character bigrams as sorted 32-bit codes (UTF-16 units: the rare astral character counts as its halves). */
export function bigramCodes(text: string): Int32Array {
  const n = Math.max(0, text.length - 1);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return codes.sort();
}

/** Dice coefficient of two sorted bigram multisets: 2·shared / (|a| + |b|). Equals identity.ts `similarity` on BMP text. */
export function dice(a: Int32Array, b: Int32Array): number {
  return diceAtLeast(a, b, 0);
}

/**
 * dice(a, b) when it is at least `min`, else -1, stopping as soon as the bigrams left cannot reach it
 * (most candidates a library's stock phrases bring fail within their first bigrams).
 */
export function diceAtLeast(a: Int32Array, b: Int32Array, min: number): number {
  const total = a.length + b.length;
  const needed = Math.ceil((min * total) / 2 - 1e-9);
  if (Math.min(a.length, b.length) < needed) return -1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
    if (shared + Math.min(a.length - i, b.length - j) < needed) return -1;
  }
  const score = total === 0 ? 1 : (2 * shared) / total;
  return score >= min ? score : -1;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One-permutation MinHash: each distinct bigram hashed once into one of BINS bins; empty bins borrow the next full one's. */
export function signature(codes: Int32Array): Uint32Array {
  const sig = new Uint32Array(BINS).fill(0xffffffff);
  const filled = new Uint8Array(BINS);
  for (let i = 0; i < codes.length; i++) {
    if (i > 0 && codes[i] === codes[i - 1]) continue;
    const h = mix(codes[i]);
    const bin = h >>> 26; // top 6 bits: BINS = 64
    const value = h & 0x3ffffff;
    if (value < sig[bin]) sig[bin] = value;
    filled[bin] = 1;
  }
  for (let b = 0; b < BINS; b++) {
    if (filled[b]) continue;
    for (let k = 1; k < BINS; k++) {
      const from = (b + k) % BINS;
      if (filled[from]) {
        sig[b] = mix(sig[from] + k) & 0x3ffffff;
        break;
      }
    }
  }
  return sig;
}

function agreement(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same;
}

export interface Near {
  /** Index of the other distinct text. */
  text: number;
  /** Bigram Dice, ≥ THRESHOLD. */
  score: number;
}

export interface SimilarIndex {
  /** Passage index → its distinct text, or -1 (shorter than MIN_CHARS). */
  textOf: Int32Array;
  /** Distinct text → its passages (input order), and its fingerprint. */
  texts: { fingerprint: string; passages: number[] }[];
  /** Distinct text → up to LIMIT other distinct texts at or above THRESHOLD, closest first. */
  near: Near[][];
  /** Pairs verified by the measure (for the bench: the work is bounded, not quadratic). */
  verified: number;
}

/** Groups the passages by fingerprint and finds, for each distinct text, the nearly identical others. */
export function similarIndex(passages: readonly string[], { threshold = THRESHOLD } = {}): SimilarIndex {
  const textOf = new Int32Array(passages.length).fill(-1);
  const byPrint = new Map<string, number>();
  const texts: SimilarIndex['texts'] = [];
  // Copies are mostly the same raw text too: fingerprint each raw text once.
  const prints = new Map<string, string>();
  passages.forEach((text, p) => {
    let fp = prints.get(text);
    if (fp === undefined) prints.set(text, (fp = fingerprint(text)));
    if (fp.length < MIN_CHARS) return;
    let t = byPrint.get(fp);
    if (t === undefined) byPrint.set(fp, (t = texts.push({ fingerprint: fp, passages: [] }) - 1));
    texts[t].passages.push(p);
    textOf[p] = t;
  });

  const codes = texts.map((t) => bigramCodes(t.fingerprint));
  const sigs = codes.map(signature);
  // Buckets per band (keyed by the band's rows hashed to 30 bits: a rare collision only adds a
  // candidate the measure rejects); members ordered largest group first (the original a library
  // copies), then by index.
  const bands: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  const keys = new Int32Array(texts.length * BANDS);
  sigs.forEach((sig, t) => {
    for (let b = 0; b < BANDS; b++) {
      let h = b;
      for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]);
      const key = h >>> 2;
      keys[t * BANDS + b] = key;
      let bucket = bands[b].get(key);
      if (!bucket) bands[b].set(key, (bucket = []));
      bucket.push(t);
    }
  });
  const size = (t: number) => texts[t].passages.length;
  // A text's place in each large bucket it is in (t * BANDS + band → index).
  const place = new Int32Array(texts.length * BANDS);
  bands.forEach((band, b) => {
    for (const bucket of band.values()) {
      if (bucket.length <= BUCKET_TAKE) continue;
      bucket.sort((x, y) => size(y) - size(x) || x - y);
      bucket.forEach((t, i) => (place[t * BANDS + b] = i));
    }
  });

  let verified = 0;
  const seen = new Int32Array(texts.length).fill(-1);
  const candidates: number[] = [];
  const agree = new Int32Array(texts.length);
  const near = texts.map((_, t) => {
    candidates.length = 0;
    const take = (o: number) => {
      if (seen[o] === t || o === t) return;
      seen[o] = t;
      candidates.push(o);
    };
    for (let b = 0; b < BANDS; b++) {
      const bucket = bands[b].get(keys[t * BANDS + b])!;
      if (bucket.length <= BUCKET_TAKE) {
        for (const o of bucket) take(o);
        continue;
      }
      const half = BUCKET_TAKE / 2;
      for (let i = 0; i < half; i++) take(bucket[i]);
      const at = place[t * BANDS + b];
      for (let i = Math.max(half, at - half / 2); i < Math.min(bucket.length, at + half / 2 + 1); i++) take(bucket[i]);
    }
    const ranked: number[] = [];
    for (const o of candidates) if ((agree[o] = agreement(sigs[t], sigs[o])) >= MIN_AGREE) ranked.push(o);
    ranked.sort((x, y) => agree[y] - agree[x] || x - y);
    const found: Near[] = [];
    for (const o of ranked.slice(0, VERIFY)) {
      verified++;
      const score = diceAtLeast(codes[t], codes[o], threshold);
      if (score >= 0) found.push({ text: o, score });
    }
    return found.sort((x, y) => y.score - x.score || x.text - y.text).slice(0, LIMIT);
  });
  return { textOf, texts, near, verified };
}

export interface SimilarEntry {
  /** The passage linked to: the first copy of that text, other than the passage itself. */
  passage: number;
  /** Passages holding this text besides the passage itself (exact copies: all of its group's others). */
  copies: number;
  /** 1 for exact copies, else the bigram Dice. */
  score: number;
  exact: boolean;
}

/** What one passage shows: its exact copies as one entry first, then the closest other texts; and how many passages in all. */
export function similarOf(index: SimilarIndex, passage: number): { entries: SimilarEntry[]; total: number } {
  const t = index.textOf[passage];
  if (t < 0) return { entries: [], total: 0 };
  const entries: SimilarEntry[] = [];
  const own = index.texts[t].passages;
  if (own.length > 1) entries.push({ passage: own[0] === passage ? own[1] : own[0], copies: own.length - 1, score: 1, exact: true });
  for (const { text, score } of index.near[t]) {
    const members = index.texts[text].passages;
    entries.push({ passage: members[0], copies: members.length, score, exact: false });
  }
  return { entries, total: entries.reduce((n, e) => n + e.copies, 0) };
}
