/**
 * The filter form that /browse/ and /search/ share: one select per facet (FilterSelect.astro,
 * `data-filter` = the facet key, `name` = its URL key), the filters read from and written to the
 * URL, and each option's count kept up to date.
 */
import type { Filters } from '../lib/facets.ts';
import { filtersQuery, parseFilters } from '../lib/view/urls.ts';

export interface FilterForm {
  /** The filters the selects show. */
  read(): Filters;
  /** Shows these filters in the selects. */
  show(filters: Filters): void;
  /** Writes each option's count beside its label (`count(key)` gives value → count). */
  showCounts(count: (key: string) => ReadonlyMap<string, number>): void;
  selects: HTMLSelectElement[];
}

export function filterForm(form: HTMLFormElement): FilterForm {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  return {
    selects,
    read: () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value])),
    show(filters) {
      for (const select of selects) select.value = filters[select.dataset.filter!] ?? '';
    },
    showCounts(count) {
      for (const select of selects) {
        const counts = count(select.dataset.filter!);
        for (const option of select.options) if (option.value) option.textContent = `${option.dataset.label}（${counts.get(option.value) ?? 0}）`;
      }
    },
  };
}

/** The filters in the current URL, and its other parameters (q, page). */
export function urlState(): { filters: Filters; params: URLSearchParams } {
  const params = new URLSearchParams(location.search);
  return { filters: parseFilters(params), params };
}

/** This page's URL for these filters, followed by other parameters (q, page) when set. */
export function stateUrl(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams(filtersQuery(filters).slice(1));
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}
