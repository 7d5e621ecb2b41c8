/**
 * The 加入素材篮 button (passage-controls.ts adds one to every passage whose page names its part);
 * and its state (in the basket or not) from the passage link it belongs to.
 */
import { loadBasket } from './basket-store.ts';

// The second tap takes the passage out again: the label says so (a double tap must not lose it unnoticed).
const LABELS = { add: '加入素材篮', added: '已加入 · 点此移出' };

/** The passage link of the card or report passage a basket button is on (site path and anchor). */
export function passageHref(button: HTMLElement): string | undefined {
  const link = button.closest('[data-passage]')?.querySelector<HTMLAnchorElement>('[data-copy="link"]');
  if (!link) return undefined;
  const url = new URL(link.href, location.href);
  return `${url.pathname}${url.hash}`;
}

/** Shows the button (it needs this script) and whether its passage is in the basket. */
export function showBasketState(button: HTMLButtonElement, hrefs: ReadonlySet<string>) {
  const href = passageHref(button);
  const added = !!href && hrefs.has(href);
  button.type = 'button';
  button.hidden = !href;
  button.setAttribute('aria-pressed', String(added));
  button.textContent = added ? LABELS.added : LABELS.add;
  button.title = added ? '再点一次移出素材篮' : '';
}

/** A passage's 加入素材篮 button (its part and aspects: basketValue), showing its state once it is in the page. */
export function basketButton(value: string): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', hidden: true });
  button.dataset.basketAdd = value;
  queueMicrotask(() => showBasketState(button, new Set(loadBasket().map((i) => i.href))));
  return button;
}

/** After the card is in the page (its link decides its state). */
export function refreshBasketButtons(root: ParentNode = document) {
  const hrefs = new Set(loadBasket().map((i) => i.href));
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-basket-add]')) showBasketState(button, hrefs);
}
