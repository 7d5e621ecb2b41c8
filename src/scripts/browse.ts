/** /browse/: the filters live in the URL; passages and option counts follow them. */
import { FACETS } from '../lib/taxonomy.ts';
import { facetCounts, matches, type PassageRecord } from '../lib/view/library.ts';
import { filtersQuery, parseFilters, type Filters } from '../lib/view/urls.ts';

const form = document.querySelector<HTMLFormElement>('#browse-filters')!;
const cards = [...document.querySelectorAll<HTMLElement>('[data-record]')];
// Only the fields filtering reads; the rest of a record is not needed here.
const records = cards.map(
  (card) => ({ aspects: card.dataset.aspect!.split(' '), unit: card.dataset.unit, year: Number(card.dataset.year), type: card.dataset.type, kind: card.dataset.kind }) as PassageRecord,
);
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const count = document.querySelector<HTMLElement>('[data-result-count]')!;
const empty = document.querySelector<HTMLElement>('[data-empty]')!;

function apply(filters: Filters) {
  let shown = 0;
  records.forEach((record, i) => {
    const visible = matches(record, filters);
    cards[i].hidden = !visible;
    if (visible) shown++;
  });
  count.textContent = String(shown);
  empty.hidden = shown > 0;
  for (const select of selects) {
    const key = select.dataset.filter as (typeof FACETS)[number]['key'];
    select.value = filters[key] ?? '';
    const counts = facetCounts(records, filters, key);
    for (const option of select.options) {
      if (option.value) option.textContent = `${option.dataset.label}（${counts.get(option.value) ?? 0}）`;
    }
  }
}

function current(): Filters {
  return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
}

form.addEventListener('change', () => {
  const filters = current();
  history.replaceState(null, '', `${location.pathname}${filtersQuery(filters)}`);
  apply(filters);
});
form.addEventListener('submit', (event) => event.preventDefault());
document.querySelector('#browse-reset')!.addEventListener('click', (event) => {
  event.preventDefault();
  history.replaceState(null, '', location.pathname);
  apply({});
});
apply(parseFilters(new URLSearchParams(location.search)));
