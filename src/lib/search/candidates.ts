/**
 * From a query plan to every matching passage, heading, title and minutes line: which reports
 * to ask the index for (shard by shard, narrowed when the first answer is unselective), which
 * passage documents to fetch and verify, in batches, until every candidate has been checked.
 * The index and the documents come through CandidateIndex, so this runs (and is tested) in
 * Node against a fake index as well as in the browser against Pagefind.
 */
import type { SearchDoc } from './records.ts';
import { verifyDocs, type SearchHit } from './results.ts';
import type { QueryPlan } from './tokens.ts';

export interface CandidateIndex {
  /** The shards that may hold every one of these trigrams (from the shard summaries), in shard order. */
  shardsHolding(trigrams: readonly string[]): Promise<number[]>;
  /** Adds a shard to what search() covers (the first is always covered: it carries the runtime). */
  merge(shard: number): Promise<void>;
  /** Ids of the documents holding every bigram, over the merged shards, best first. */
  search(bigrams: readonly string[]): Promise<string[]>;
  /** A candidate's passage document. */
  doc(id: string): Promise<SearchDoc>;
}

export interface SearchOptions {
  /** Documents fetched at once. */
  batch?: number;
  /**
   * Documents verified before the search stops with an incomplete answer (a safety net: a query
   * whose bigrams are in most reports of a large library); `more()` goes on from there.
   */
  maxDocs?: number;
  /**
   * When the first bigrams leave more candidates than this, every covering bigram is asked for
   * too: an index chunk per shard and bigram is cheaper than the documents it rules out.
   */
  narrowAbove?: number;
  /** Called after each batch. */
  progress?: (state: SearchState) => void;
  /** True when a newer search replaced this one: stop. */
  cancelled?: () => boolean;
}

export interface SearchState {
  hits: SearchHit[];
  /** Reports that may hold the query (they hold its bigrams). */
  candidates: number;
  /** Of those, checked. */
  verified: number;
  /** Every shard was asked and every candidate checked: the hits are all the matches. */
  complete: boolean;
}

export interface LibrarySearch extends SearchState {
  /** Checks up to maxDocs more candidates (after an incomplete answer). */
  more(): Promise<LibrarySearch>;
}

export const DEFAULTS = { batch: 12, maxDocs: 200, narrowAbove: 24 } as const;

/**
 * The shards the query can be in, merged one after another (a query whose trigrams no shard holds
 * all of, such as a phrase absent as a whole, asks Pagefind nothing).
 */
export async function mergeShardsFor(index: CandidateIndex, plan: QueryPlan): Promise<number[]> {
  const shards = await index.shardsHolding(plan.trigrams);
  for (const k of shards) await index.merge(k);
  return shards;
}

export async function searchLibrary(index: CandidateIndex, plan: QueryPlan, options: SearchOptions = {}): Promise<LibrarySearch> {
  const { batch, maxDocs, narrowAbove } = { ...DEFAULTS, ...options };
  const shards = await mergeShardsFor(index, plan);
  let candidates = shards.length > 0 ? await index.search(plan.rarest) : [];
  if (candidates.length > narrowAbove && plan.covering.length > plan.rarest.length) {
    // Reports holding every covering bigram may hold the query too; those also holding the rarest are kept.
    const narrowed = new Set(await index.search(plan.covering));
    candidates = candidates.filter((id) => narrowed.has(id));
  }
  const hits: SearchHit[] = [];
  let verified = 0;
  const state = (): LibrarySearch => ({ hits, candidates: candidates.length, verified, complete: verified === candidates.length, more: run });
  async function run(): Promise<LibrarySearch> {
    const stop = Math.min(candidates.length, verified + maxDocs);
    while (verified < stop && !options.cancelled?.()) {
      const ids = candidates.slice(verified, Math.min(stop, verified + batch));
      const docs = await Promise.all(ids.map((id) => index.doc(id)));
      const offset = verified;
      hits.push(...verifyDocs(docs, plan.terms).map((h) => ({ ...h, reportRank: h.reportRank + offset })));
      verified += ids.length;
      options.progress?.(state());
    }
    return state();
  }
  return run();
}
