/**
 * "复制并注明出处": passage text, its source and its link, on the clipboard. Hidden without
 * JavaScript. The text is the card's passage text, or the report page passage's own text.
 */
function passageText(button: HTMLElement): string {
  const card = button.closest('[data-record]')?.querySelector('[data-passage-text]');
  if (card) return card.textContent!.trim();
  const passage = button.closest('[data-passage]')!.cloneNode(true) as HTMLElement;
  passage.querySelectorAll('a, button').forEach((control) => control.remove());
  return passage.textContent!.trim();
}

async function copyCite(button: HTMLButtonElement) {
  const url = new URL(button.dataset.href!, location.href).href;
  const text = `${passageText(button)}\n——${button.dataset.source}\n${url}`;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    button.textContent = '复制失败，请手动选择';
  }
  setTimeout(() => (button.textContent = label), 2000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-cite]')) button.classList.remove('hidden');

// Report pages: one 引 button per passage, made here rather than shipped in the HTML of every passage.
const article = document.querySelector<HTMLElement>('article[data-cite-source]');
for (const passage of article?.querySelectorAll<HTMLElement>('[data-passage]') ?? []) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-link', textContent: '引' });
  button.setAttribute('aria-label', '复制本段并注明出处');
  Object.assign(button.dataset, { copyCite: '', href: `#${passage.id}`, source: article!.dataset.citeSource });
  passage.append(button);
}
// Delegated, so cards that a script adds later (browse pages) copy too.
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy-cite]');
  if (button) void copyCite(button);
});
