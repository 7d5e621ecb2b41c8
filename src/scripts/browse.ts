/**
 * /browse/: filters and page live in the URL (?aspect=…&unit=…&year=…&type=…&theme=…&page=n).
 * Totals and option counts come from the cell manifest; a page fetches only its chunk files.
 */
import type { Filters } from '../lib/facets.ts';
import { MANIFEST, chunkPath, pageCount, pageParts, partRecords, readManifest, type CellPassage, type StoredManifest } from '../lib/view/browse-cells.ts';
import { facetCounts, filterRecords } from '../lib/view/filters.ts';
import { sitePath } from '../lib/view/urls.ts';
import { fetchGzippedJsonOnce, fetchJsonOnce } from './dom.ts';
import { filterForm, stateUrl as filtersUrl, urlState } from './filter-form.ts';
import { passageCard } from './passage-card.ts';

const form = document.querySelector<HTMLFormElement>('#browse-filters')!;
const filters = filterForm(form);
const list = document.querySelector<HTMLElement>('[data-results]')!;
const count = document.querySelector<HTMLElement>('[data-result-count]')!;
const pageLabel = document.querySelector<HTMLElement>('[data-page-label]')!;
const empty = document.querySelector<HTMLElement>('[data-empty]')!;
const pager = document.querySelector<HTMLElement>('[data-pager]')!;
const prev = pager.querySelector<HTMLAnchorElement>('[data-page-prev]')!;
const next = pager.querySelector<HTMLAnchorElement>('[data-page-next]')!;
const pageOf = pager.querySelector<HTMLElement>('[data-page-of]')!;

const manifest = fetchJsonOnce<StoredManifest>(sitePath(MANIFEST)).then(readManifest);
let run = 0;

interface State {
  filters: Filters;
  page: number;
}

function stateUrl({ filters, page }: State): string {
  return filtersUrl(filters, { page: page > 1 ? String(page) : undefined });
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
  filters.show(requested.filters);
  const { cells } = await manifest;
  const selected = filterRecords(cells, requested.filters);
  const pages = pageCount(selected);
  const state = { ...requested, page: Math.min(Math.max(1, requested.page), pages) };
  const parts = pageParts(selected, state.page);
  const paths = [...new Set(parts.map((p) => chunkPath(p.cell, p.chunk)))];
  const bodies = new Map(await Promise.all(paths.map(async (path) => [path, await fetchGzippedJsonOnce<CellPassage[]>(sitePath(path))] as const)));
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
  filters.showCounts((key) => facetCounts(cells, state.filters, key, (c) => c.count));
  list.dataset.state = 'done';
}

/** The state in the URL, without filter values the library lacks (named in a message). */
function fromUrl(): State {
  const { filters: requested, params } = urlState();
  return { filters: filters.known(requested), page: Number(params.get('page')) || 1 };
}

// Every filter change and page link adds a history entry, so Back returns to the previous filters.
function go(state: State) {
  history.pushState(null, '', stateUrl(state));
  filters.known(state.filters);
  void apply(state);
}
form.addEventListener('change', () => go({ filters: filters.read(), page: 1 }));
form.addEventListener('submit', (event) => event.preventDefault());
document.querySelector('#browse-reset')!.addEventListener('click', (event) => {
  event.preventDefault();
  go({ filters: {}, page: 1 });
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
