/**
 * Filtering and counting by facets, over anything that carries facet values: passage records,
 * search hits, browse cells (which weigh their passage count). Pure and dependency-free, so the
 * browse and search pages' scripts use it too.
 */
import { FACETS, type Facet, type FacetValues, type Filters } from '../facets.ts';
import type { Term } from '../taxonomy.ts';

export interface Faceted {
  facets: FacetValues;
}

export function matches(item: Faceted, filters: Filters): boolean {
  return Object.entries(filters).every(([key, value]) => !value || (item.facets[key] ?? []).includes(value));
}

export function filterRecords<T extends Faceted>(items: readonly T[], filters: Filters): T[] {
  return items.filter((item) => matches(item, filters));
}

/** value → number of items having it (or the sum of their weights: a browse cell weighs its passage count). */
export function countBy<T extends Faceted>(items: readonly T[], key: string, weight: (item: T) => number = () => 1): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const v of item.facets[key] ?? []) counts.set(v, (counts.get(v) ?? 0) + weight(item));
  return counts;
}

/**
 * Counts for one facet's values under the other facets' filters (the count a reader
 * sees beside each option: how many passages choosing it would show).
 */
export function facetCounts<T extends Faceted>(items: readonly T[], filters: Filters, key: string, weight?: (item: T) => number): Map<string, number> {
  return countBy(filterRecords(items, { ...filters, [key]: undefined }), key, weight);
}

/** The values the items have for a facet, in the facet's order. */
export function presentTerms(facet: Facet, counts: ReadonlyMap<string, number>): Term[] {
  return facet.terms(new Set(counts.keys())).filter((t) => counts.has(t.slug));
}

export interface FilterOption extends Term {
  count: number;
}

export interface FilterField {
  key: string;
  param: string;
  label: string;
  options: FilterOption[];
}

/** Every facet's filter with the values the items have (none that would show nothing), and their counts. */
export function filterFields<T extends Faceted>(items: readonly T[], weight?: (item: T) => number, facets: readonly Facet[] = FACETS): FilterField[] {
  return facets.map((facet) => {
    const counts = countBy(items, facet.key, weight);
    return { key: facet.key, param: facet.param, label: facet.label, options: presentTerms(facet, counts).map((t) => ({ ...t, count: counts.get(t.slug)! })) };
  });
}

/** Filter values the library does not have (a stale or mistyped link): named to the reader, then ignored. */
export function unknownFilters(filters: Filters, fields: readonly FilterField[]): { key: string; label: string; value: string }[] {
  return Object.entries(filters).flatMap(([key, value]) => {
    const field = fields.find((f) => f.key === key);
    return value && field && !field.options.some((o) => o.slug === value) ? [{ key, label: field.label, value }] : [];
  });
}
