/**
 * Every page: the 素材篮 count in the header, and the 加入素材篮 buttons (delegated, so cards a script
 * adds later work too). A click adds the passage (its text, link and source read from the page) or,
 * when it is in the basket already, takes it out.
 */
import { add, readBasketValue, readCitation, remove, reportOf, type BasketItem } from '../lib/view/basket.ts';
import { passageHref, refreshBasketButtons } from './basket-add.ts';
import { loadBasket, onBasketChange, saveBasket } from './basket-store.ts';
import { citeSource, ownText } from './passage-controls.ts';

function itemOf(button: HTMLElement): BasketItem | undefined {
  const href = passageHref(button);
  if (!href) return undefined;
  const card = button.closest<HTMLElement>('[data-record]');
  const cut = card?.dataset.cut !== undefined;
  const text = ownText(button.closest('[data-passage]')!);
  return {
    href,
    text: cut ? text.replace(/……$/u, '') : text,
    ...(cut ? { cut: true } : {}),
    ...readBasketValue(button.dataset.basketAdd ?? ''),
    // Where it is from: the same citation 复制并注明出处 writes.
    ...readCitation(citeSource(button)),
    report: reportOf(href),
  };
}

function showCount() {
  const count = loadBasket().length;
  for (const badge of document.querySelectorAll<HTMLElement>('[data-basket-count]')) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-basket-add]');
  if (!button) return;
  const item = itemOf(button);
  if (!item) return;
  const items = loadBasket();
  const inBasket = items.some((i) => i.href === item.href);
  if (!saveBasket(inBasket ? remove(items, item.href) : add(items, item))) button.textContent = '浏览器不允许保存';
});

onBasketChange(() => {
  showCount();
  refreshBasketButtons();
});
showCount();
refreshBasketButtons();
