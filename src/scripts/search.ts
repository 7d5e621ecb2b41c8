/**
 * /search/: query, filters and order live in the URL (?q=…&sort=year&aspect=…). Finding the
 * matches is lib/search/candidates.ts over the distinct-text store (this file fetches its files);
 * this file renders: the count once the answer is complete, the first 20 results as passage
 * cards, more on request. Results are built as DOM text, never as HTML.
 */
import type { Filters } from '../lib/facets.ts';
import { facetCounts, filterRecords } from '../lib/view/filters.ts';
import { sitePath } from '../lib/view/urls.ts';
import { matchingTexts, resolveMatches, searchLibrary, type LibrarySearch, type TextIndex } from '../lib/search/candidates.ts';
import { FACET_TABLE_PATH, gramSummaryPath, occurrencePath, reportTablePath, textChunkPath } from '../lib/search/records.ts';
import { hitPath, sortHits, type HitKind, type SearchHit, type SortOrder } from '../lib/search/results.ts';
import { planQuery } from '../lib/search/tokens.ts';
import type { FacetTable, GramSummary } from '../lib/search/text-store.ts';
import { element, fetchGzippedJsonOnce, fetchJsonOnce } from './dom.ts';
import { filterForm, stateUrl, urlState } from './filter-form.ts';
import { HIGHLIGHT_KEY, termRanges } from './highlight.ts';
import { passageCard } from './passage-card.ts';

/** Results shown at first and added by each "显示更多". */
const PAGE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filterSelects = filterForm(form);
const status = document.querySelector<HTMLElement>('#search-status')!;
const container = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;

/** The store's files, each fetched at most once per page. */
const index: TextIndex = {
  summary: (b) => fetchJsonOnce<GramSummary>(sitePath(gramSummaryPath(b))),
  chunk: (c) => fetchGzippedJsonOnce(sitePath(textChunkPath(c))),
  occurrences: (f) => fetchGzippedJsonOnce(sitePath(occurrencePath(f))),
  facets: () => fetchJsonOnce<FacetTable>(sitePath(FACET_TABLE_PATH)),
  reports: (f) => fetchGzippedJsonOnce(sitePath(reportTablePath(f))),
};

const KIND_WORDS: Record<HitKind, string> = { passage: '段正文', heading: '个小标题', title: '个材料标题', minutes: '条会议信息' };

/** “10 段”, or “12 处（10 段正文，2 个小标题）” when not all are passages. */
function describe(hits: readonly { kind: HitKind }[]): string {
  const parts = (Object.keys(KIND_WORDS) as HitKind[]).map((kind) => [kind, hits.filter((h) => h.kind === kind).length] as const).filter(([, n]) => n > 0);
  if (parts.length === 0 || (parts.length === 1 && parts[0][0] === 'passage')) return `${hits.length} 段`;
  return `${hits.length} 处（${parts.map(([kind, n]) => `${n} ${KIND_WORDS[kind]}`).join('，')}）`;
}

function card(hit: SearchHit, terms: string[]): HTMLLIElement {
  const li = passageCard(hit);
  // A title or minutes hit has no anchor of its own: its card links to the report.
  const href = hitPath(hit);
  for (const a of li.querySelectorAll('a')) a.href = href;
  // The card's “查看原文” link is the result link (arrow keys, tests).
  li.querySelector<HTMLElement>('a[data-view]')!.dataset.result = '';
  li.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ passage: hit.passageId, terms }));
  });
  return li;
}

let run = 0;
/** Renders started: only the latest one, once its report rows are in, draws (filters may change meanwhile). */
let renders = 0;
let current: { search: LibrarySearch; terms: string[] } | undefined;
let shown = PAGE;

/** The current answer under the form's filters and order: count, first results (their reports' rows fetched), filter counts. */
async function render() {
  if (!current) return;
  const id = ++renders;
  const { search, terms } = current;
  const filters = filterSelects.read();
  const visible = sortHits(filterRecords(search.matches, filters), sortSelect.value as SortOrder);
  const hits = await resolveMatches(index, visible.slice(0, shown));
  if (id !== renders || current?.search !== search) return;
  filterSelects.showCounts((key) => facetCounts(search.matches, filters, key));
  const reports = new Set(visible.map((h) => h.reportRank)).size;
  const quoted = `“${terms.join(' ')}”`;
  if (visible.length === 0) {
    status.textContent = `没有找到包含${quoted}的内容。`;
  } else {
    const first = visible.length > shown ? `，下面是按${sortSelect.selectedOptions[0].textContent}排列的前 ${shown} 处` : '';
    status.textContent = `找到 ${describe(visible)}，来自 ${reports} 份材料${first}。`;
  }
  const cards = hits.map((h) => card(h, terms));
  const list = element('ol', { className: 'mt-2 list-none space-y-3 p-0' }, ...cards);
  const controls: HTMLElement[] = [];
  if (visible.length > shown) {
    const more = element(
      'button',
      { type: 'button', className: 'mt-3 rounded border border-stone-400 px-3 py-1.5 text-sm' },
      `显示更多（还有 ${visible.length - shown} 处）`,
    );
    more.dataset.more = '';
    more.addEventListener('click', async () => {
      shown += PAGE;
      container.dataset.state = 'loading';
      await render();
      container.dataset.state = 'done';
    });
    controls.push(more);
  }
  container.replaceChildren(list, ...controls);
  if ('highlights' in CSS) CSS.highlights.set('search', new Highlight(...cards.flatMap((c) => termRanges(c.querySelector('[data-passage]')!, terms))));
}

async function search(query: string) {
  const id = ++run;
  current = undefined;
  shown = PAGE;
  container.dataset.state = 'loading';
  container.dataset.query = query;
  container.replaceChildren();
  const plan = planQuery(query);
  if (!plan) {
    status.textContent = query.trim() ? '请至少输入两个连续的字（汉字、字母或数字）。' : '';
    container.dataset.state = query.trim() ? 'done' : 'idle';
    return;
  }
  status.textContent = '正在查找…';
  const found = await searchLibrary(index, plan);
  if (id !== run) return;
  current = { search: found, terms: plan.terms };
  await render();
  if (id === run) container.dataset.state = 'done';
}

function syncFromUrl() {
  const { filters, params } = urlState();
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === 'year' ? 'year' : 'relevance';
  filterSelects.show(filterSelects.known(filters));
  return input.value;
}

/** Each new query, filter or order is a history entry: Back returns to the one before. */
function writeUrl(filters: Filters) {
  const url = stateUrl(filters, { q: input.value.trim(), sort: sortSelect.value === 'year' ? 'year' : undefined });
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  filterSelects.known(filters);
}

addEventListener('popstate', () => {
  const query = syncFromUrl().trim();
  if (current && container.dataset.query === query) {
    shown = PAGE;
    void render();
  } else void search(query);
});

/**
 * While a query is typed, the page loads the gram summaries it needs and the text chunks that may
 * hold it (and checks them), so that Enter leaves only the occurrence lists and the shown results'
 * report rows to fetch. Not during IME composition (pinyin letters), and only once typing pauses.
 */
let preloadTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (event) => {
  clearTimeout(preloadTimer);
  if ((event as InputEvent).isComposing) return;
  preloadTimer = setTimeout(async () => {
    const typed = input.value;
    const plan = planQuery(typed);
    if (plan) await matchingTexts(index, plan);
    // Says what has been preloaded (tests wait on it rather than on time).
    input.dataset.preloaded = typed;
  }, 150);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  writeUrl(filterSelects.read());
  void search(input.value.trim());
});
// Filters and order apply to the answer already found: no new search.
for (const select of [...filterSelects.selects, sortSelect]) {
  select.addEventListener('change', () => {
    writeUrl(filterSelects.read());
    shown = PAGE;
    void render();
  });
}

// Arrow keys move between results; the results are plain links for Tab and screen readers.
container.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[at + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});

// The facet table (every search needs it) as soon as the page opens, not on the first query.
// `data-ready` on the form says it is in (tests wait on it rather than on network silence).
void index.facets().then(() => (form.dataset.ready = ''));
void search(syncFromUrl());
