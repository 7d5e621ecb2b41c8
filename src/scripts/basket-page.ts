/**
 * The 素材篮 page: the collected passages by part, each with its source and link; reordering
 * (drag and drop within a part, 上移/下移, ↑/↓ on a focused item), removing, copying all, and the
 * Word export, built here (basket.ts in lib) — nothing is sent anywhere.
 */
import { basketDocx, basketText, EXPORT_TITLE, grouped, kindLabel, move, moveBefore, remove, type BasketItem } from '../lib/view/basket.ts';
import { loadBasket, onBasketChange, saveBasket } from './basket-store.ts';
import { element } from './dom.ts';

const list = document.querySelector<HTMLElement>('[data-basket-list]')!;
const actions = document.querySelector<HTMLElement>('[data-basket-actions]')!;
const status = document.querySelector<HTMLElement>('[data-basket-status]')!;

function button(label: string, onClick: () => void, name?: string): HTMLButtonElement {
  const b = element('button', { type: 'button' }, label);
  if (name) b.setAttribute('aria-label', name);
  b.addEventListener('click', onClick);
  return b;
}

/** Saves the new order and keeps the moved item focused (its element is rebuilt). */
function update(items: BasketItem[], focus?: string) {
  saveBasket(items);
  if (focus) list.querySelector<HTMLElement>(`[data-basket-item="${CSS.escape(focus)}"]`)?.focus();
}

let dragged: string | undefined;

function itemElement(item: BasketItem, index: number, count: number): HTMLLIElement {
  const source = [item.title, item.unit, item.year].filter(Boolean).join(' · ');
  const li = element(
    'li',
    { tabIndex: 0, draggable: true },
    element('p', {}, [kindLabel(item.kind), source].filter(Boolean).join(' · ')),
    element('p', {}, item.text, ...(item.cut ? ['……'] : [])),
    element(
      'div',
      {},
      element('a', { href: item.href, className: 'underline underline-offset-2' }, item.cut ? '阅读全文' : '查看原文'),
      ...(index > 0 ? [button('上移', () => update(move(loadBasket(), item.href, -1), item.href), `上移：${item.text.slice(0, 12)}`)] : []),
      ...(index < count - 1 ? [button('下移', () => update(move(loadBasket(), item.href, 1), item.href), `下移：${item.text.slice(0, 12)}`)] : []),
      button('移出', () => update(remove(loadBasket(), item.href)), `移出：${item.text.slice(0, 12)}`),
    ),
  );
  li.dataset.basketItem = item.href;
  li.setAttribute('aria-label', `${item.text.slice(0, 30)}（${source}）`);
  li.addEventListener('keydown', (event) => {
    if (event.target !== li || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    update(move(loadBasket(), item.href, event.key === 'ArrowUp' ? -1 : 1), item.href);
  });
  li.addEventListener('dragstart', (event) => {
    dragged = item.href;
    li.dataset.dragging = '';
    event.dataTransfer?.setData('text/plain', item.href);
  });
  li.addEventListener('dragend', () => {
    dragged = undefined;
    delete li.dataset.dragging;
  });
  li.addEventListener('dragover', (event) => {
    if (dragged && dragged !== item.href) event.preventDefault();
  });
  li.addEventListener('drop', (event) => {
    event.preventDefault();
    const from = dragged ?? event.dataTransfer?.getData('text/plain');
    if (from) update(moveBefore(loadBasket(), from, item.href), from);
  });
  return li;
}

function render() {
  const items = loadBasket();
  actions.hidden = items.length === 0;
  status.textContent = items.length
    ? `共 ${items.length} 段，来自 ${new Set(items.map((i) => i.report)).size} 份材料。`
    : '素材篮是空的：在材料、方面或检索结果的段落旁点“加入素材篮”。';
  list.replaceChildren(
    ...grouped(items).map((group) =>
      element(
        'section',
        { className: 'mt-5' },
        element('h2', { className: 'font-serif text-lg font-bold' }, `${group.heading}（${group.items.length}）`),
        element('ol', { className: 'mt-2 list-none space-y-2 p-0' }, ...group.items.map((item, i) => itemElement(item, i, group.items.length))),
      ),
    ),
  );
}

async function flash(control: HTMLButtonElement, text: string) {
  const label = control.textContent;
  control.textContent = text;
  setTimeout(() => (control.textContent = label), 2000);
}

document.querySelector<HTMLButtonElement>('[data-basket-export]')!.addEventListener('click', () => {
  const bytes = basketDocx(loadBasket(), location.origin);
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
  );
  const link = element('a', { href: url, download: `${EXPORT_TITLE}.docx` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

document.querySelector<HTMLButtonElement>('[data-basket-copy]')!.addEventListener('click', async (event) => {
  const control = event.currentTarget as HTMLButtonElement;
  try {
    await navigator.clipboard.writeText(basketText(loadBasket(), location.origin));
    void flash(control, '已复制');
  } catch {
    void flash(control, '复制失败');
  }
});

document.querySelector<HTMLButtonElement>('[data-basket-clear]')!.addEventListener('click', () => {
  if (confirm('清空素材篮中的全部段落？')) saveBasket([]);
});

onBasketChange(render);
render();
