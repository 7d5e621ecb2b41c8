/**
 * From a query plan to every matching passage, heading, title and minutes line: which reports
 * to ask the index for (shard by shard, narrowed when the first answer is unselective), which
 * passage documents to fetch and verify, in batches, until every candidate has been checked.
 * The index and the documents come through CandidateIndex, so this runs (and is tested) in
 * Node against a fake index as well as in the browser against Pagefind.
 */
import type { SearchDoc } from './records.ts';
import { verifyDocs, type SearchHit } from './results.ts';
import { shardOfBlock, type QueryPlan } from './tokens.ts';

export interface CandidateIndex {
  /** Index shards in all (Pagefind bundles). */
  readonly shards: number;
  /** The blocks that may hold every one of these trigrams (from the summaries), in order. */
  blocksHolding(trigrams: readonly string[]): Promise<number[]>;
  /** Adds a shard to what search() covers (the first is always covered: it carries the runtime). */
  merge(shard: number): Promise<void>;
  /** Ids of the documents holding every bigram (within one block, if given), over the merged shards, best first. */
  search(bigrams: readonly string[], block?: number): Promise<string[]>;
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

/** Up to this many blocks, Pagefind is asked block by block (one more word each); beyond, over the merged shards. */
const MAX_BLOCKS_ASKED = 4;

/**
 * Where the query can be: the blocks holding all its trigrams (undefined: anywhere, as a query
 * without a trigram), their shards merged one after another. No block (a phrase absent as a
 * whole) means Pagefind is asked nothing.
 */
export async function mergeShardsFor(index: CandidateIndex, plan: QueryPlan): Promise<number[] | undefined> {
  const blocks = plan.trigrams.length > 0 ? await index.blocksHolding(plan.trigrams) : undefined;
  const shards = blocks ? [...new Set(blocks.map(shardOfBlock))] : Array.from({ length: index.shards }, (_, k) => k);
  for (const k of shards) await index.merge(k);
  return blocks;
}

export async function searchLibrary(index: CandidateIndex, plan: QueryPlan, options: SearchOptions = {}): Promise<LibrarySearch> {
  const { batch, maxDocs, narrowAbove } = { ...DEFAULTS, ...options };
  const blocks = await mergeShardsFor(index, plan);
  const ask = async (bigrams: readonly string[]): Promise<string[]> => {
    if (blocks === undefined || blocks.length > MAX_BLOCKS_ASKED) return index.search(bigrams);
    return (await Promise.all(blocks.map((b) => index.search(bigrams, b)))).flat();
  };
  let candidates = blocks?.length === 0 ? [] : await ask(plan.rarest);
  if (candidates.length > narrowAbove && plan.covering.length > plan.rarest.length) {
    // Reports holding every covering bigram may hold the query too; those also holding the rarest are kept.
    const narrowed = new Set(await ask(plan.covering));
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
