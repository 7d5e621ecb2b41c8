/**
 * The search index is built in shards: Pagefind's memory grows faster than its input (one index
 * of 10,000 reports passed 5 GB), so every SHARD_SIZE reports get a Pagefind bundle of their own,
 * built one after another. The first bundle is /pagefind/ (its runtime and WebAssembly serve all;
 * it holds the newest reports); the others hold only index data. The search page merges them
 * (Pagefind's mergeIndex) one at a time, as a search needs more candidates.
 */
import { settings } from '../settings.ts';

export const SHARD_SIZE = settings.shardSize;

/** Reports (in shard order) cut into shards. */
export function shardReports<T>(sortedReports: readonly T[], size = SHARD_SIZE): T[][] {
  const shards: T[][] = [];
  for (let at = 0; at < sortedReports.length; at += size) shards.push(sortedReports.slice(at, at + size));
  return shards.length > 0 ? shards : [[]];
}

/** Site path of shard k's bundle (urls.ts sitePath gives its URL). */
export function bundlePath(shard: number): string {
  return shard === 0 ? '/pagefind/' : `/pagefind/shards/${shard}/`;
}

export function bundlePaths(reports: number, size = SHARD_SIZE): string[] {
  return Array.from({ length: Math.max(1, Math.ceil(reports / size)) }, (_, k) => bundlePath(k));
}
