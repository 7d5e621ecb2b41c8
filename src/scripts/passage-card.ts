/**
 * A passage card built as DOM in the browser, the same markup as PassageCard.astro (which renders
 * the static pages). Text goes in as text nodes only: nothing from a source becomes markup.
 */
import { textSegments } from '../lib/entry/placeholders.ts';
import { valueOf } from '../lib/facets.ts';
import { cardFrom, citation, facetData, partLabel, type PassageRecord } from '../lib/view/library.ts';
import { passagePath } from '../lib/view/urls.ts';
import { basketValue } from '../lib/view/basket.ts';
import { element, PLACEHOLDER_TITLE } from './dom.ts';
import { passageControls } from './passage-controls.ts';

export function markedText(text: string): (Node | string)[] {
  return textSegments(text).map((s) => (s.placeholder ? element('var', { title: PLACEHOLDER_TITLE }, s.text) : s.text));
}

export function passageCard(record: PassageRecord): HTMLLIElement {
  const label = partLabel(record.facets);
  const part = element('span', {}, label);
  part.dataset.part = '';
  const text = element(
    'p',
    {},
    ...markedText(record.text),
    ...(record.cut ? ['……'] : []),
    passageControls({
      href: passagePath(record),
      cut: record.cut,
      view: true,
      basket: basketValue(valueOf(record.facets, 'kind'), record.facets.aspect ?? []),
    }),
  );
  text.dataset.passage = '';
  const card = element('li', {}, ...(label ? [part] : []), element('p', {}, cardFrom(record)), text);
  Object.assign(card.dataset, { record: '', citeSource: citation(record.reportTitle, record.facets), ...facetData(record.facets) });
  // A cut passage is copied from its report page, where the whole text is.
  if (record.cut) card.dataset.cut = '';
  return card;
}
