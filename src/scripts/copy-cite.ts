/**
 * "复制并注明出处": passage text, its source and its link, on the clipboard. The buttons are made
 * here (they need JavaScript, and a page of cards or a report's passages would otherwise ship one
 * each): on a card, after its 查看原文 link; on a report page, after each passage (引).
 * Text, link and source are read from the page: the card's text or the passage itself, the card's
 * link or the passage's anchor, and the source (see citeSource).
 */
import { addCiteButton, PLACEHOLDER_TITLE } from './dom.ts';

function passageText(button: HTMLElement): string {
  const card = button.closest('[data-record]');
  // A card's text is its last <p> (its link and this button follow it).
  const passage = (card?.querySelector(':scope > p:last-of-type') ?? button.closest('[data-passage]')!).cloneNode(true) as HTMLElement;
  passage.querySelectorAll('a, button').forEach((control) => control.remove());
  return passage.textContent!.trim();
}

function passageHref(button: HTMLElement): string {
  const link = button.closest('[data-record]')?.querySelector<HTMLAnchorElement>(':scope > a');
  return link ? link.href : new URL(`#${button.closest('[data-passage]')!.id}`, location.href).href;
}

/**
 * The citation: data-cite-source on the card or report, or on a topic page the group heading,
 * "<a>title</a><span>单位类型 · 年度 · 材料类型</span>", read as library.ts citation() writes it.
 */
function citeSource(button: HTMLElement): string {
  const marked = button.closest<HTMLElement>('[data-cite-source]');
  if (marked) return marked.dataset.citeSource!;
  const heading = button.closest('.group')!.querySelector('h3')!;
  const [unit, year] = heading.querySelector('span')!.textContent!.split(' · ');
  return `${heading.querySelector('a')!.textContent}（${unit}，${year}）`;
}

async function copyCite(button: HTMLButtonElement) {
  const source = citeSource(button);
  const text = `${passageText(button)}\n——${source}\n${passageHref(button)}`;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    button.textContent = '复制失败，请手动选择';
  }
  setTimeout(() => (button.textContent = label), 2000);
}

// A cut card (data-cut) is copied from its report page, where the whole text is.
for (const card of document.querySelectorAll<HTMLElement>('[data-record]:not([data-cut])')) addCiteButton(card);

// Report pages: one 引 button per passage.
for (const passage of document.querySelectorAll<HTMLElement>('article[data-cite-source] [data-passage]')) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-link', textContent: '引' });
  button.setAttribute('aria-label', '复制本段并注明出处');
  button.dataset.copyCite = '';
  passage.append(button);
}
// The tooltip of a placeholder (Marked.astro ships none: a page can hold thousands).
for (const placeholder of document.querySelectorAll<HTMLElement>('.placeholder')) placeholder.title = PLACEHOLDER_TITLE;

// Delegated, so cards that a script adds later (browse pages) copy too.
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-cite]');
  if (button) void copyCite(button);
});
