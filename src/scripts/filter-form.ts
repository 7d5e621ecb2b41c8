/**
 * The filter form that /browse/ and /search/ share: one select per facet (FilterSelect.astro,
 * `data-filter` = the facet key, `name` = its URL key), the filters read from and written to the
 * URL, and each option's count kept up to date.
 */
import type { Filters } from '../lib/facets.ts';
import { unknownFilters, type FilterField } from '../lib/view/filters.ts';
import { filtersQuery, parseFilters } from '../lib/view/urls.ts';

export interface FilterForm {
  /** The filters the selects show. */
  read(): Filters;
  /** Shows these filters in the selects. */
  show(filters: Filters): void;
  /** Writes each option's count beside its label (`count(key)` gives value → count). */
  showCounts(count: (key: string) => ReadonlyMap<string, number>): void;
  /**
   * The filters the library has values for; any other (a stale or mistyped link, year=2020) is
   * named in the form's [data-filter-unknown] message and left out.
   */
  known(filters: Filters): Filters;
  selects: HTMLSelectElement[];
}

export function filterForm(form: HTMLFormElement): FilterForm {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const message = form.parentElement!.querySelector<HTMLElement>('[data-filter-unknown]')!;
  // The selects list exactly the values the library has (FilterSelect.astro, from filterFields).
  const fields: FilterField[] = selects.map((s) => ({
    key: s.dataset.filter!,
    param: s.name,
    label: s.labels?.[0]?.querySelector('span')?.textContent ?? s.name,
    options: [...s.options].filter((o) => o.value).map((o) => ({ slug: o.value, label: o.dataset.label!, count: 0 })),
  }));
  return {
    selects,
    known(filters) {
      const unknown = unknownFilters(filters, fields);
      message.hidden = unknown.length === 0;
      message.textContent = unknown.length ? `链接中的条件${unknown.map((u) => `“${u.label}：${u.value}”`).join('、')}在本库中没有对应的材料，已忽略。` : '';
      return Object.fromEntries(Object.entries(filters).filter(([key]) => !unknown.some((u) => u.key === key)));
    },
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
