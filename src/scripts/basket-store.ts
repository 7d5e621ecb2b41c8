/** The 素材篮 in localStorage: read, written, and watched (this tab and others). */
import { BASKET_KEY, readBasket, type BasketItem } from '../lib/view/basket.ts';

const CHANGED = 'duizhao:basket';

export function loadBasket(): BasketItem[] {
  try {
    return readBasket(localStorage.getItem(BASKET_KEY));
  } catch {
    // Storage disabled (private mode, a policy): the basket is empty and stays so.
    return [];
  }
}

export function saveBasket(items: readonly BasketItem[]): boolean {
  try {
    localStorage.setItem(BASKET_KEY, JSON.stringify(items));
  } catch {
    return false;
  }
  document.dispatchEvent(new CustomEvent(CHANGED));
  return true;
}

/** Calls `listener` whenever the basket changes, here or in another tab. */
export function onBasketChange(listener: () => void) {
  document.addEventListener(CHANGED, listener);
  addEventListener('storage', (event) => {
    if (event.key === BASKET_KEY || event.key === null) listener();
  });
}
