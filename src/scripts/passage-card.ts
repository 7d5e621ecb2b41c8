/**
 * A passage card built as DOM in the browser, the same markup as PassageCard.astro (which renders
 * the static pages). Text goes in as text nodes only: nothing from a source becomes markup.
 */
import { textSegments } from '../lib/entry/placeholders.ts';
import { cardFrom, citation, facetData, partLabel, type PassageRecord } from '../lib/view/library.ts';
import { passagePath } from '../lib/view/urls.ts';
import { addBasketButton } from './basket-add.ts';
import { addCiteButton, element, PLACEHOLDER_TITLE } from './dom.ts';

export function markedText(text: string): (Node | string)[] {
  return textSegments(text).map((s) => (s.placeholder ? element('span', { className: 'placeholder', title: PLACEHOLDER_TITLE }, s.text) : s.text));
}

export function passageCard(record: PassageRecord): HTMLLIElement {
  const label = partLabel(record.facets);
  const part = element('span', {}, label);
  part.dataset.part = '';
  const card = element(
    'li',
    {},
    ...(label ? [part] : []),
    element('p', {}, cardFrom(record)),
    element('p', {}, ...markedText(record.text), ...(record.cut ? ['……'] : [])),
    element('a', { href: passagePath(record) }, record.cut ? '阅读全文' : '查看原文'),
  );
  Object.assign(card.dataset, { record: '', citeSource: citation(record.reportTitle, record.facets), ...facetData(record.facets) });
  addBasketButton(card, record.facets);
  // A cut passage is copied from its report page, where the whole text is.
  if (record.cut) card.dataset.cut = '';
  else addCiteButton(card);
  return card;
}
