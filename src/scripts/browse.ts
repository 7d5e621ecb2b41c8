/**
 * /browse/: filters and page live in the URL (?aspect=…&unit=…&year=…&type=…&kind=…&page=n).
 * Totals and option counts come from the cell manifest; a page fetches only its chunk files.
 */
import type { FacetKey } from '../lib/taxonomy.ts';
import { MANIFEST_PATH, chunkPath, pageCount, pageParts, partRecords, type BrowseManifest, type CellPassage } from '../lib/view/browse-cells.ts';
import { facetCounts, filterRecords } from '../lib/view/library.ts';
import { filtersQuery, parseFilters, type Filters } from '../lib/view/urls.ts';
import { fetchJsonOnce } from './dom.ts';
import { passageCard } from './passage-card.ts';

const form = document.querySelector<HTMLFormElement>('#browse-filters')!;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const list = document.querySelector<HTMLElement>('[data-results]')!;
const count = document.querySelector<HTMLElement>('[data-result-count]')!;
const pageLabel = document.querySelector<HTMLElement>('[data-page-label]')!;
const empty = document.querySelector<HTMLElement>('[data-empty]')!;
const pager = document.querySelector<HTMLElement>('[data-pager]')!;
const prev = pager.querySelector<HTMLAnchorElement>('[data-page-prev]')!;
const next = pager.querySelector<HTMLAnchorElement>('[data-page-next]')!;
const pageOf = pager.querySelector<HTMLElement>('[data-page-of]')!;

const manifest = fetchJsonOnce<BrowseManifest>(MANIFEST_PATH);
let run = 0;

interface State {
  filters: Filters;
  page: number;
}

function stateUrl({ filters, page }: State): string {
  const params = new URLSearchParams(filtersQuery(filters).slice(1));
  if (page > 1) params.set('page', String(page));
  return `${location.pathname}${params.size ? `?${params}` : ''}`;
}

function setPageLink(link: HTMLAnchorElement, state: State | undefined) {
  if (state) link.href = stateUrl(state);
  else link.removeAttribute('href');
  link.classList.toggle('invisible', !state);
}

async function apply(requested: State) {
  const id = ++run;
  list.dataset.state = 'loading';
  // The form shows the requested filters at once, so a change made before the data arrives keeps them.
  for (const select of selects) select.value = requested.filters[select.dataset.filter as FacetKey] ?? '';
  const { cells } = await manifest;
  const selected = filterRecords(cells, requested.filters);
  const pages = pageCount(selected);
  const state = { ...requested, page: Math.min(Math.max(1, requested.page), pages) };
  const parts = pageParts(selected, state.page);
  const paths = [...new Set(parts.map((p) => chunkPath(p.cell, p.chunk)))];
  const bodies = new Map(await Promise.all(paths.map(async (path) => [path, await fetchJsonOnce<CellPassage[]>(path)] as const)));
  if (id !== run) return;

  const total = selected.reduce((n, c) => n + c.count, 0);
  list.replaceChildren(...partRecords(parts, (path) => bodies.get(path)!).map(passageCard));
  count.textContent = String(total);
  pageLabel.textContent = pages > 1 ? `，第 ${state.page} / ${pages} 页` : '';
  empty.hidden = total > 0;
  pager.hidden = pages <= 1;
  pageOf.textContent = `第 ${state.page} / ${pages} 页`;
  setPageLink(prev, state.page > 1 ? { ...state, page: state.page - 1 } : undefined);
  setPageLink(next, state.page < pages ? { ...state, page: state.page + 1 } : undefined);
  for (const select of selects) {
    const key = select.dataset.filter as FacetKey;
    const counts = facetCounts(cells, state.filters, key, (c) => c.count);
    for (const option of select.options) if (option.value) option.textContent = `${option.dataset.label}（${counts.get(option.value) ?? 0}）`;
  }
  list.dataset.state = 'done';
}

function current(): Filters {
  return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
}

function fromUrl(): State {
  const params = new URLSearchParams(location.search);
  return { filters: parseFilters(params), page: Number(params.get('page')) || 1 };
}

// A filter change starts again at page 1 and replaces the URL; a page link adds a history entry.
form.addEventListener('change', () => {
  const state = { filters: current(), page: 1 };
  history.replaceState(null, '', stateUrl(state));
  void apply(state);
});
form.addEventListener('submit', (event) => event.preventDefault());
document.querySelector('#browse-reset')!.addEventListener('click', (event) => {
  event.preventDefault();
  history.replaceState(null, '', location.pathname);
  void apply({ filters: {}, page: 1 });
});
for (const link of [prev, next]) {
  link.addEventListener('click', (event) => {
    if (!link.href) return;
    event.preventDefault();
    history.pushState(null, '', link.href);
    void apply(fromUrl()).then(() => count.parentElement!.scrollIntoView());
  });
}
addEventListener('popstate', () => void apply(fromUrl()));
void apply(fromUrl());
