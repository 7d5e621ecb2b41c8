/**
 * What a built site's files are, by kind, for measuring where dist/ goes (bench:build) and
 * what is precompressed. Paths are relative to dist/, with '/' separators, base path excluded.
 */
import { listingFacets } from '../facets.ts';
import { STORE_PARTS } from '../search/records.ts';

/** The copies precompression writes beside a file (not counted as the site's size). */
export const PRECOMPRESSED = /\.(gz|br)$/;

export const DIST_KINDS = [
  'report HTML',
  'report .docx',
  'report lists',
  'aspect topic HTML',
  'facet HTML',
  'browse chunks',
  'browse manifest',
  'search index',
  'search text store',
  'assets',
  'similar wordings HTML',
  'other',
] as const;

export type DistKind = (typeof DIST_KINDS)[number];

const FACET_PATHS = new Set<string>(listingFacets().map((f) => f.path));

export function distKind(path: string): DistKind {
  const [top, second = ''] = path.split('/');
  if (top === 'reports') {
    if (path.endsWith('.docx')) return 'report .docx';
    return /^[0-9a-f]{8}$/.test(second) ? 'report HTML' : 'report lists';
  }
  if (top === 'aspects') return 'aspect topic HTML';
  if (FACET_PATHS.has(top)) return 'facet HTML';
  if (top === 'browse') return second === 'cells' ? 'browse chunks' : path === 'browse/cells.json' ? 'browse manifest' : 'other';
  if (top === 'pagefind') return 'search index';
  if (STORE_PARTS.some((part) => path === part || path.startsWith(`${part}/`))) return 'search text store';
  if (top === '_astro') return 'assets';
  if (top === 'similar') return 'similar wordings HTML';
  return 'other';
}
