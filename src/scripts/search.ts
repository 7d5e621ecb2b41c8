/**
 * /search/: query and filters live in the URL (?q=…&aspect=…&unit=…&year=…&type=…).
 * Pagefind proposes candidate reports for the query's rarest bigram (all its bigrams when that
 * proves unselective); their passage documents are verified here, so every result contains every term. Results are built as
 * DOM text, never as HTML.
 */
import { facetLabel, valueOf, type Filters } from '../lib/facets.ts';
import { facetCounts, filterRecords } from '../lib/view/filters.ts';
import { passagePath, sitePath } from '../lib/view/urls.ts';
import { docPath, FREQUENT_BIGRAMS_PATH, type SearchDoc } from '../lib/search/records.ts';
import { groupHits, snippet, verifyCandidates, type SearchHit } from '../lib/search/results.ts';
import { bigramRanks, pagefindTerms, planQuery, type BigramRanks } from '../lib/search/tokens.ts';
import { element, fetchJsonOnce } from './dom.ts';
import { filterForm, stateUrl, urlState } from './filter-form.ts';
import { HIGHLIGHT_KEY } from './highlight.ts';

interface PagefindResult {
  id: string;
  score: number;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
  preload(q: string): Promise<void>;
}

/**
 * Candidate reports verified per batch. The first is small, so the first results come fast and
 * light; each "加载更多" then verifies more at once.
 */
const FIRST_BATCH = 3;
const BATCH = 12;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterSelects = filterForm(form);
const status = document.querySelector<HTMLElement>('#search-status')!;
const container = document.querySelector<HTMLElement>('[data-testid="search-results"]')!;

let pagefind: Promise<Pagefind> | undefined;
let run = 0;

const bundles = form.dataset.bundles!.split(' ');
/** Bundles merged into the runtime so far (see lib/search/shards.ts). */
let merged = 1;
let merging: Promise<void> = Promise.resolve();

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${bundles[0]}pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 0 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

/**
 * Shards are merged one at a time, only when a search needs more candidates than the merged ones
 * give: the first results cost one shard's index, not all of them (newest reports are in the first).
 */
function mergeNextBundle(pf: Pagefind): Promise<void> {
  merging = merging.then(async () => {
    if (merged < bundles.length) await pf.mergeIndex(bundles[merged++]);
  });
  return merging;
}

let ranks: Promise<BigramRanks> | undefined;

/** Without the list (an old build, a failed fetch) any bigram is as good: results are the same. */
function loadRanks(): Promise<BigramRanks> {
  ranks ??= fetch(sitePath(FREQUENT_BIGRAMS_PATH))
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .then(bigramRanks, () => new Map());
  return ranks;
}

function renderHit(hit: SearchHit, terms: string[]): HTMLElement {
  const s = snippet(hit.text, terms);
  const link = element(
    'a',
    { href: passagePath(hit), className: 'block rounded px-2 py-1.5 hover:bg-stone-100' },
    element('span', { className: 'block text-xs text-stone-600' }, hit.sectionTitle.length > 30 ? `${hit.sectionTitle.slice(0, 30)}…` : hit.sectionTitle),
    s.before,
    element('mark', {}, s.match),
    s.after,
  );
  link.dataset.result = '';
  link.addEventListener('click', () => sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ passage: hit.passageId, terms })));
  return element('li', {}, link);
}

async function search(query: string, filters: Filters) {
  const id = ++run;
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
  status.textContent = '正在检索…';
  const pf = await loadPagefind();
  /** Candidates in the order they are verified; the first `shown` have been. */
  let results: PagefindResult[] = [];
  let seen = new Set<string>();
  let asked = plan.rarest;
  let shown = 0;
  const collect = async () => {
    for (const r of (await pf.search(pagefindTerms(asked))).results) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      results.push(r);
    }
  };
  /** Asks for every bigram of the query instead: the candidates not yet verified shrink to those holding all. */
  const narrow = async () => {
    asked = plan.covering;
    results = results.slice(0, shown);
    seen = new Set(results.map((r) => r.id));
    await collect();
  };
  await collect();
  const batchSize = () => (shown === 0 ? FIRST_BATCH : BATCH);
  /** Candidates for the next batch: from the merged shards, merging more while there are too few. */
  const fill = async () => {
    while (results.length - shown < batchSize() && merged < bundles.length) {
      await mergeNextBundle(pf);
      await collect();
    }
  };
  const hits: SearchHit[] = [];
  const more = element('button', { type: 'button', className: 'mt-3 rounded border border-stone-400 px-3 py-1.5 text-sm' }, '加载更多');
  const list = element('div');
  container.replaceChildren(list);

  const render = () => {
    const visible = filterRecords(hits, filters) as SearchHit[];
    filterSelects.showCounts((key) => facetCounts(hits, filters, key));
    const groups = groupHits(visible);
    list.replaceChildren(
      ...groups.map((g) =>
        element(
          'section',
          { className: 'mt-4' },
          element(
            'h2',
            { className: 'font-serif text-base font-bold' },
            g.reportTitle,
            element(
              'span',
              { className: 'ml-2 text-xs font-normal text-stone-600' },
              `${facetLabel('unit', valueOf(g.facets, 'unit'))} · ${facetLabel('year', valueOf(g.facets, 'year'))} · ${g.hits.length} 段`,
            ),
          ),
          element('ul', { className: 'mt-1 list-none p-0' }, ...g.hits.map((h) => renderHit(h, plan.terms))),
        ),
      ),
    );
    const unsearched = merged < bundles.length ? `，已检索 ${merged}/${bundles.length} 部分索引` : '';
    const partial = shown < results.length || unsearched ? `（已核对 ${shown}/${results.length} 份候选材料${unsearched}）` : '';
    status.textContent =
      visible.length > 0 ? `找到 ${visible.length} 段，来自 ${groups.length} 份材料${partial}` : `没有找到包含“${plan.terms.join(' ')}”的段落${partial}`;
    if (shown < results.length || merged < bundles.length) container.append(more);
    else more.remove();
  };

  const verifyNext = async () => {
    await fill();
    if (id !== run) return;
    const batch = results.slice(shown, shown + batchSize());
    const loaded = await Promise.all(batch.map((r) => fetchJsonOnce<SearchDoc>(sitePath(docPath(r.id)))));
    if (id !== run) return;
    const offset = shown;
    const found = verifyCandidates(loaded, plan.terms);
    hits.push(...found.map((h) => ({ ...h, reportRank: h.reportRank + offset })));
    shown += batch.length;
    if (found.length === 0 && asked !== plan.covering && plan.covering.length > plan.rarest.length) await narrow();
    if (id !== run) return;
    render();
  };
  more.addEventListener('click', async () => {
    container.dataset.state = 'loading';
    await verifyNext();
    container.dataset.state = 'done';
  });
  await verifyNext();
  // A batch can hold only candidates without the phrase: go on until something is found or nothing is left.
  while (id === run && hits.length === 0 && (shown < results.length || merged < bundles.length)) await verifyNext();
  if (id === run) container.dataset.state = 'done';
}

function syncFromUrl() {
  const { filters, params } = urlState();
  input.value = params.get('q') ?? '';
  filterSelects.show(filters);
  return { query: input.value, filters };
}

function submit() {
  const filters = filterSelects.read();
  const q = input.value.trim();
  history.replaceState(null, '', stateUrl(filters, { q }));
  void search(q, filters);
}

/**
 * While a query is typed, Pagefind loads the index chunk it will ask for (its preload), so that
 * Enter leaves only the passage documents to fetch. Not during IME composition (pinyin letters),
 * and only once typing pauses.
 */
let preloadTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', (event) => {
  clearTimeout(preloadTimer);
  if ((event as InputEvent).isComposing) return;
  preloadTimer = setTimeout(async () => {
    const plan = planQuery(input.value, await loadRanks());
    if (plan) await (await loadPagefind()).preload(pagefindTerms(plan.rarest));
  }, 150);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
for (const select of filterSelects.selects) select.addEventListener('change', submit);

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
void loadPagefind();
void loadRanks();
const initial = syncFromUrl();
void search(initial.query, initial.filters);
