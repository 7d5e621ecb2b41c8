/** Every URL the site links to, and the browse filters as a query string (the state of /browse/). */
import { FACETS, type FacetKey } from '../taxonomy.ts';

export type Filters = Partial<Record<FacetKey, string>>;

const FILTER_KEYS = FACETS.map((f) => f.key);

export function parseFilters(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filters[key]) params.set(key, filters[key]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function reportPath(id: string): string {
  return `/reports/${id}/`;
}

export function passagePath(record: { reportId: string; passageId: string }): string {
  return `${reportPath(record.reportId)}#${record.passageId}`;
}

/** Facet value page, e.g. /aspects/theory/; facets without pages (kind) link into /browse/. */
export function facetPath(key: FacetKey, slug: string): string {
  const facet = FACETS.find((f) => f.key === key)!;
  return facet.path ? `/${facet.path}/${slug}/` : `/browse/${filtersQuery({ [key]: slug })}`;
}
