/**
 * A passage card built as DOM in the browser, the same markup as PassageCard.astro (which renders
 * the static pages). Text goes in as text nodes only: nothing from a source becomes markup.
 */
import { textSegments } from '../lib/entry/placeholders.ts';
import { citation, facetData, partLabel, sourceParts, type PassageRecord } from '../lib/view/library.ts';
import { shortTitle } from '../lib/view/report-view.ts';
import { passagePath } from '../lib/view/urls.ts';
import { element } from './dom.ts';

export function markedText(text: string): (Node | string)[] {
  return textSegments(text).map((s) => (s.placeholder ? element('span', { className: 'placeholder', title: '原文已隐去' }, s.text) : s.text));
}

export function passageCard(record: PassageRecord): HTMLLIElement {
  const href = passagePath(record);
  const cite = element('button', { type: 'button', className: 'copy-cite text-stone-600 underline underline-offset-2' }, '复制并注明出处');
  Object.assign(cite.dataset, { copyCite: '', href, source: citation(record.reportTitle, record.facets) });
  const text = element('p', { className: 'my-1 leading-relaxed' }, ...markedText(record.text), ...(record.cut ? ['……'] : []));
  text.dataset.passageText = '';
  const part = element('span', { className: 'mr-1 rounded bg-stone-100 px-1 text-stone-700' }, partLabel(record.facets));
  part.dataset.part = '';
  const card = element(
    'li',
    { className: 'passage-card rounded border border-stone-200 bg-white p-3' },
    element(
      'p',
      { className: 'm-0 text-xs text-stone-600' },
      part,
      element('span', {}, `${[record.reportTitle, ...sourceParts(record.facets)].join(' · ')} · `),
      element('a', { href, className: 'text-stone-700 underline underline-offset-2' }, shortTitle(record.sectionTitle)),
      ...(record.item ? [element('span', {}, ` · 对应：${record.item}`)] : []),
    ),
    text,
    element(
      'p',
      { className: 'm-0 flex gap-3 text-xs' },
      element('a', { href, className: 'text-[var(--color-accent)] underline underline-offset-2' }, record.cut ? '阅读全文' : '查看原文'),
      // A cut passage is copied from its report page, where the whole text is.
      ...(record.cut ? [] : [cite]),
    ),
  );
  Object.assign(card.dataset, { record: '', ...facetData(record.facets) });
  return card;
}
