/**
 * The 加入素材篮 button, as BasketAdd.astro renders it, for cards built in the browser (browse,
 * search); and its state (in the basket or not) from the passage link it belongs to.
 */
import type { FacetValues } from '../lib/facets.ts';
import { basketValue } from '../lib/view/basket.ts';
import { loadBasket } from './basket-store.ts';

const LABELS = { add: '加入素材篮', added: '已加入素材篮', addCompact: '篮', addedCompact: '已入篮' };

/** The passage link of the card or report passage a basket button is on (site path and anchor). */
export function passageHref(button: HTMLElement): string | undefined {
  const link = button.closest('[data-record]')?.querySelector<HTMLAnchorElement>(':scope > a');
  const passage = button.closest<HTMLElement>('[data-passage]');
  const url = link ? new URL(link.href, location.href) : passage?.id ? new URL(`#${passage.id}`, location.href) : undefined;
  return url && `${url.pathname}${url.hash}`;
}

/** Shows the button (it needs this script) and whether its passage is in the basket. */
export function showBasketState(button: HTMLButtonElement, hrefs: ReadonlySet<string>) {
  const href = passageHref(button);
  const added = !!href && hrefs.has(href);
  // Compact on a report page's passages (cards name it in full).
  const compact = !button.closest('[data-record]');
  button.type = 'button';
  button.hidden = !href;
  button.setAttribute('aria-pressed', String(added));
  button.textContent = compact ? (added ? LABELS.addedCompact : LABELS.addCompact) : added ? LABELS.added : LABELS.add;
  if (compact) button.setAttribute('aria-label', added ? '已加入素材篮（再点移出）' : '加入素材篮');
  else button.title = added ? '再点一次移出素材篮' : '';
}

/** Appends the button to a card built in the browser, showing its state. */
export function addBasketButton(card: HTMLElement, facets: FacetValues) {
  const button = Object.assign(document.createElement('button'), { type: 'button', hidden: true });
  button.dataset.basketAdd = basketValue(facets.kind?.[0] ?? '', facets.aspect ?? []);
  card.append(button);
  showBasketState(button, new Set(loadBasket().map((i) => i.href)));
}

/** After the card is in the page (its link decides its state). */
export function refreshBasketButtons(root: ParentNode = document) {
  const hrefs = new Set(loadBasket().map((i) => i.href));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-basket-add]')) showBasketState(button, hrefs);
}
