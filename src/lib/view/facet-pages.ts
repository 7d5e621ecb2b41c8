/** Which facets get /<path>/ and /<path>/<value>/ report-list pages (aspects have topic pages of their own). */
import { FACETS, type FacetKey } from '../taxonomy.ts';

export const LISTING_FACETS = FACETS.filter((f) => f.key === 'unit' || f.key === 'year' || f.key === 'type') as readonly {
  key: Exclude<FacetKey, 'aspect' | 'kind'>;
  path: string;
  label: string;
}[];
