/**
 * The 对照 page's filters: rows of this page not matching the chosen year, unit type and document
 * type are hidden (each row carries its values as data-* attributes under the facets' URL keys).
 * The choice is kept in the URL, so a filtered view can be sent on.
 */
import { FACETS } from '../lib/facets.ts';
import { filterForm, stateUrl, urlState } from './filter-form.ts';

const element = document.querySelector<HTMLFormElement>('form[data-compare-filter]');
if (element) {
  const form = filterForm(element);
  const rows = [...document.querySelectorAll<HTMLElement>('[data-compare-row]')];
  const shown = document.querySelector<HTMLElement>('[data-compare-shown]')!;
  const apply = () => {
    const filters = form.read();
    let visible = 0;
    for (const row of rows) {
      const match = Object.entries(filters).every(([key, value]) => {
        const param = FACETS.find((f) => f.key === key)!.param;
        return !value || (row.dataset[param] ?? '').split(' ').includes(value);
      });
      row.hidden = !match;
      if (match) visible++;
    }
    shown.textContent = Object.keys(filters).length ? `本页显示 ${visible} / ${rows.length} 份材料。` : '';
  };
  form.show(urlState().filters);
  apply();
  element.addEventListener('change', () => {
    history.replaceState(null, '', stateUrl(form.read()));
    apply();
  });
}
