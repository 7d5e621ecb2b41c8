/**
 * For a curator (npm run report:duplicates): pairs of reports that share many passages, exactly or
 * nearly (similar.ts). A report is the set of its passages' wordings — a text and the texts nearly
 * the same as it (joined through verified pairs) count as one — and pairs are found the way passages
 * are, by MinHash over those sets, then verified: at least `minShare` of the smaller report's
 * wordings in the other. Never all pairs: in a synthetic library every two reports share a few
 * stock paragraphs, and 10,000 reports make 50 million pairs.
 */
import type { SimilarIndex } from './similar.ts';

export interface ReportPair {
  a: string;
  b: string;
  /** Wordings the two share (exact or near), and of those, the ones with a text exactly the same in both. */
  shared: number;
  exact: number;
  /** shared / the smaller report's wordings. */
  share: number;
}

const BINS = 64;
const ROWS = 4;
const BANDS = BINS / ROWS;
/** Neighbours a report is paired with in one bucket at most (a bucket of identical reports is not expanded pairwise). */
const WINDOW = 16;

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Union-find over the verified near pairs: each text's wording (the smallest text index joined to it). */
export function wordings(index: SimilarIndex): Int32Array {
  const parent = Int32Array.from(index.texts, (_, t) => t);
  const find = (t: number): number => {
    while (parent[t] !== t) t = parent[t] = parent[parent[t]];
    return t;
  };
  index.near.forEach((list, t) => {
    for (const { text } of list) {
      const [x, y] = [find(t), find(text)];
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    }
  });
  return parent.map((_, t) => find(t));
}

/**
 * `reportOf[p]` names passage p's report (the same order as the passages given to similarIndex).
 * Returns the pairs sharing at least `minShare` of the smaller report's wordings, most shared first.
 */
export function duplicatePairs(index: SimilarIndex, reportOf: readonly string[], { minShare = 0.5, minShared = 3 } = {}): ReportPair[] {
  const wording = wordings(index);
  const reports = new Map<string, { texts: Set<number>; words: Set<number> }>();
  reportOf.forEach((report, p) => {
    const t = index.textOf[p];
    if (t < 0) return;
    let r = reports.get(report);
    if (!r) reports.set(report, (r = { texts: new Set(), words: new Set() }));
    r.texts.add(t);
    r.words.add(wording[t]);
  });
  const ids = [...reports.keys()];
  const buckets = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const sig = new Uint32Array(BINS).fill(0xffffffff);
    for (const w of reports.get(id)!.words) {
      const h = mix(w + 1);
      const bin = h >>> 26;
      if ((h & 0x3ffffff) < sig[bin]) sig[bin] = h & 0x3ffffff;
    }
    for (let b = 0; b < BANDS; b++) {
      const rows = sig.subarray(b * ROWS, b * ROWS + ROWS);
      if (rows.every((v) => v === 0xffffffff)) continue; // a small report: empty bins say nothing
      const key = `${b}:${rows.join(',')}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: ReportPair[] = [];
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < Math.min(bucket.length, x + 1 + WINDOW); y++) {
        const [i, j] = [bucket[x], bucket[y]];
        const key = i * ids.length + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const [a, b] = [reports.get(ids[i])!, reports.get(ids[j])!];
        let shared = 0;
        for (const w of a.words) if (b.words.has(w)) shared++;
        const same = new Set<number>();
        for (const t of a.texts) if (b.texts.has(t)) same.add(wording[t]);
        const exact = same.size;
        const share = shared / Math.min(a.words.size, b.words.size);
        if (share >= minShare && shared >= minShared) pairs.push({ a: ids[i], b: ids[j], shared, exact, share });
      }
    }
  }
  return pairs.sort((p, q) => q.share - p.share || q.shared - p.shared || (p.a + p.b < q.a + q.b ? -1 : 1));
}
