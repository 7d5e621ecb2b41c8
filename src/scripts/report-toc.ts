/**
 * A long report's floating 目录 button (ReportPage.astro): it names the section being read, opens
 * the table of contents in a panel (the page's own table, copied once), and a link goes back to the
 * top. Following a link in the panel closes it; landing.ts places the section.
 */
export function enableFloatingToc() {
  const open = document.querySelector<HTMLButtonElement>('[data-toc-open]');
  const panel = document.querySelector<HTMLDialogElement>('[data-toc-panel]');
  const table = document.querySelector('nav[aria-label="目录"] ol.toc');
  if (!open || !panel || !table) return;
  const current = open.querySelector<HTMLElement>('[data-toc-current]')!;
  const floating = open.closest<HTMLElement>('.toc-float')!;
  const sections = [...document.querySelectorAll<HTMLElement>('article section[data-section][id]')];

  open.addEventListener('click', () => {
    if (!panel.querySelector('ol.toc')) panel.querySelector('[data-toc-top]')!.before(table.cloneNode(true));
    const here = current.dataset.reading;
    for (const link of panel.querySelectorAll<HTMLAnchorElement>('ol.toc a')) {
      if (link.hash === `#${here}`) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
    panel.showModal();
    panel.querySelector<HTMLElement>('[aria-current]')?.scrollIntoView({ block: 'center' });
  });
  panel.addEventListener('click', (event) => {
    const target = event.target as Element;
    // A link, the close button, or the backdrop (the dialog itself) closes the panel.
    if (target.closest('a, [data-toc-close]') || target === panel) panel.close();
  });

  /** The section whose heading was passed last: the one being read. */
  let scheduled = false;
  const update = () => {
    scheduled = false;
    // Below the header while it is on screen (it scrolls away on phones).
    const line = Math.max(0, document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 16;
    let reading: HTMLElement | undefined;
    for (const section of sections) {
      if (section.getBoundingClientRect().top > line) break;
      reading = section;
    }
    const heading = reading?.querySelector(':scope > :is(h2, h3, h4, h5, h6)')?.textContent?.trim();
    current.textContent = heading ? `：${heading}` : '';
    current.dataset.reading = reading?.id ?? '';
    // Not while the page's own 目录 is on screen: the button would only repeat it.
    floating.toggleAttribute('data-away', table.getBoundingClientRect().bottom > 0);
  };
  addEventListener(
    'scroll',
    () => {
      if (!scheduled) requestAnimationFrame(update);
      scheduled = true;
    },
    { passive: true },
  );
  update();
}
