/**
 * /search/: query, filters and order live in the URL (?q=…&sort=year&aspect=…). Finding the
 * matches is lib/search/candidates.ts over Pagefind (this file adapts Pagefind to it); this file
 * renders: the count once the answer is complete, the first 20 results as passage cards, more on
 * request. Results are built as DOM text, never as HTML.
 */
import type { Filters } from '../lib/facets.ts';
import { facetCounts, filterRecords } from '../lib/view/filters.ts';
import { sitePath } from '../lib/view/urls.ts';
import { mergeShardsFor, searchLibrary, type CandidateIndex, type LibrarySearch } from '../lib/search/candidates.ts';
import { docPath, FREQUENT_BIGRAMS_PATH, trigramSummaryPath, type SearchDoc } from '../lib/search/records.ts';
import { hitPath, sortHits, type HitKind, type SearchHit, type SortOrder } from '../lib/search/results.ts';
import {
  bigramRanks,
  blocksHolding,
  blockToken,
  BLOCKS_PER_SHARD,
  pagefindTerms,
  planQuery,
  trigramBucket,
  type BigramRanks,
  type TrigramSummary,
} from '../lib/search/tokens.ts';
import { element, fetchGzippedJsonOnce, fetchJsonOnce } from './dom.ts';
import { filterForm, stateUrl, urlState } from './filter-form.ts';
import { HIGHLIGHT_KEY, termRanges } from './highlight.ts';
import { passageCard } from './passage-card.ts';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { id: string }[] }>;
  preload(q: string): Promise<void>;
}

/** Results shown at first and added by each "显示更多". */
const PAGE = 20;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const filterSelects = filterForm(form);
const status = document.querySelector<HTMLElement>('#search-status')!;
const container = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;

const bundles = form.dataset.bundles!.split(' ');
let pagefind: Promise<Pagefind> | undefined;
/** Shards merged into the runtime (the first carries it), each merged once, one at a time. */
const merged = new Set([0]);
let merging: Promise<void> = Promise.resolve();

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${bundles[0]}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 0 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/** Pagefind as the candidate index (its bundles: lib/search/shards.ts), with the shard summaries beside it. */
const index: CandidateIndex = {
  shards: bundles.length,
  async blocksHolding(trigrams) {
    const buckets = [...new Set(trigrams.map(trigramBucket))];
    const summaries: TrigramSummary[] = [];
    await Promise.all(buckets.map(async (b) => (summaries[b] = await fetchJsonOnce<TrigramSummary>(sitePath(trigramSummaryPath(b))))));
    return blocksHolding(trigrams, summaries, bundles.length * BLOCKS_PER_SHARD);
  },
  merge(shard) {
    merging = merging.then(async () => {
      if (merged.has(shard)) return;
      merged.add(shard);
      await (await loadPagefind()).mergeIndex(bundles[shard]);
    });
    return merging;
  },
  async search(bigrams, block) {
    const words = pagefindTerms(bigrams) + (block === undefined ? '' : ` ${blockToken(block)}`);
    return (await (await loadPagefind()).search(words)).results.map((r) => r.id);
  },
  doc: (id) => fetchGzippedJsonOnce<SearchDoc>(sitePath(docPath(id))),
};

let ranks: Promise<BigramRanks> | undefined;

/** Without the list (an old build, a failed fetch) any bigram is as good: results are the same. */
function loadRanks(): Promise<BigramRanks> {
  ranks ??= fetch(sitePath(FREQUENT_BIGRAMS_PATH))
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then(bigramRanks, () => new Map());
  return ranks;
}

const KIND_WORDS: Record<HitKind, string> = { passage: '段正文', heading: '个小标题', title: '个材料标题', minutes: '条会议信息' };

/** “10 段”, or “12 处（10 段正文，2 个小标题）” when not all are passages. */
function describe(hits: readonly SearchHit[]): string {
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
let current: { search: LibrarySearch; terms: string[] } | undefined;
let shown = PAGE;

/** The current answer under the form's filters and order: count, first results, filter counts. */
function render() {
  if (!current) return;
  const { search, terms } = current;
  const filters = filterSelects.read();
  const visible = sortHits(filterRecords(search.hits, filters), sortSelect.value as SortOrder);
  filterSelects.showCounts((key) => facetCounts(search.hits, filters, key));
  const reports = new Set(visible.map((h) => h.reportId)).size;
  const quoted = `“${terms.join(' ')}”`;
  if (!search.complete) {
    status.textContent = `已查看 ${search.verified}/${search.candidates} 份可能含有${quoted}的材料，目前找到 ${describe(visible)}；结果尚不完整。`;
  } else if (visible.length === 0) {
    status.textContent = `没有找到包含${quoted}的内容。`;
  } else {
    const first = visible.length > shown ? `，下面是按${sortSelect.selectedOptions[0].textContent}排列的前 ${shown} 处` : '';
    status.textContent = `找到 ${describe(visible)}，来自 ${reports} 份材料${first}。`;
  }
  const cards = visible.slice(0, shown).map((h) => card(h, terms));
  const list = element('ol', { className: 'mt-2 list-none space-y-3 p-0' }, ...cards);
  const controls: HTMLElement[] = [];
  if (visible.length > shown) {
    const more = element(
      'button',
      { type: 'button', className: 'mt-3 rounded border border-stone-400 px-3 py-1.5 text-sm' },
      `显示更多（还有 ${visible.length - shown} 处）`,
    );
    more.dataset.more = '';
    more.addEventListener('click', () => {
      shown += PAGE;
      render();
    });
    controls.push(more);
  }
  if (!search.complete) {
    const go = element('button', { type: 'button', className: 'mt-3 ml-2 rounded border border-stone-400 px-3 py-1.5 text-sm' }, '继续查找');
    go.addEventListener('click', async () => {
      const id = run;
      container.dataset.state = 'loading';
      const next = await search.more();
      if (id !== run) return;
      current = { search: next, terms };
      render();
      container.dataset.state = 'done';
    });
    controls.push(go);
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
  const plan = planQuery(query, await loadRanks());
  if (id !== run) return;
  if (!plan) {
    status.textContent = query.trim() ? '请至少输入两个连续的字（汉字、字母或数字）。' : '';
    container.dataset.state = query.trim() ? 'done' : 'idle';
    return;
  }
  status.textContent = '正在查找…';
  const found = await searchLibrary(index, plan, {
    cancelled: () => id !== run,
    progress: (s) => (status.textContent = `正在查找…（已查看 ${s.verified}/${s.candidates} 份材料）`),
  });
  if (id !== run) return;
  current = { search: found, terms: plan.terms };
  render();
  container.dataset.state = 'done';
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
    render();
  } else void search(query);
});

/**
 * While a query is typed, the page loads the shard summaries it needs, merges the shards the
 * query can be in, and Pagefind loads the index chunks it will ask for (its preload), so that
 * Enter leaves only the passage documents to fetch. Not during IME composition (pinyin letters),
 * and only once typing pauses.
 */
let preloadTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (event) => {
  clearTimeout(preloadTimer);
  if ((event as InputEvent).isComposing) return;
  preloadTimer = setTimeout(async () => {
    const typed = input.value;
    const plan = planQuery(typed, await loadRanks());
    if (plan && (await mergeShardsFor(index, plan))?.length !== 0) await (await loadPagefind()).preload(pagefindTerms(plan.rarest));
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
    render();
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

// Load the index runtime and the bigram list as soon as the page opens, not on the first query.
// `data-ready` on the form says both are in (tests wait on it rather than on network silence).
void Promise.all([loadPagefind(), loadRanks()]).then(() => (form.dataset.ready = ''));
void search(syncFromUrl());
