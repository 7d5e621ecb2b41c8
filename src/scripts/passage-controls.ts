/**
 * The controls every passage carries (report pages, topic pages, browse and search cards), in one
 * [data-controls] element inside the [data-passage]: 复制 (text only), 复制并注明出处 (text, source,
 * link), 复制链接. PassageControls.astro renders them on static pages; passageControls() builds the
 * same markup for cards a script makes. Every click is handled here, by delegation on data-copy, so
 * a new per-passage button is one more child of [data-controls] (both places) and one more case in
 * the click handler below.
 *
 * The clipboard gets text/plain and text/html (paragraphs with a first-line indent, as Word and WPS
 * paste them). A Ctrl+C of a selection leaves out controls, chips and labels.
 */
import { basketButton } from './basket-add.ts';
import { element, PLACEHOLDER_TITLE } from './dom.ts';

export interface ControlsOptions {
  /** The passage's permalink (a card) or '#anchor' (a report page). */
  href: string;
  /** The card shows the opening of a longer passage: it is copied from its report page. */
  cut?: boolean;
  /** The card's link to the passage in its report (查看原文 / 阅读全文). */
  view?: boolean;
  /** The passage's part and aspects (basketValue), for its 加入素材篮 button. */
  basket?: string;
}

/** The [data-controls] element of a card built in the browser: the static page's link (PassageControls.astro), wrapped. */
export function passageControls({ href, cut = false, view = false, basket }: ControlsOptions): HTMLElement {
  return wrapLink(element('a', { href }, view ? (cut ? '阅读全文' : '查看原文') : '复制链接'), { cut, view, basket });
}

/**
 * A passage's link in its [data-controls] element with the buttons: a card's link is its 查看原文, any
 * other becomes its 复制链接. The one place controls are made, for static pages and script-built cards.
 */
function wrapLink(link: HTMLAnchorElement, { cut, view, basket }: Omit<ControlsOptions, 'href'>): HTMLElement {
  const controls = element('span');
  controls.dataset.controls = '';
  if (cut) controls.dataset.cut = '';
  if (basket !== undefined) controls.dataset.basket = basket;
  if (view) link.dataset.view = '';
  else {
    link.dataset.copy = 'link';
    link.textContent = '复制链接';
  }
  link.replaceWith(controls);
  controls.append(link);
  addButtons(controls);
  return controls;
}

/**
 * The buttons of one [data-controls], before its 复制链接 (added on a card): 复制 and 复制并注明出处
 * (not on a cut opening), 加入素材篮 (where the page says the passage's part). Once per element.
 */
function addButtons(controls: HTMLElement) {
  if (controls.dataset.buttons !== undefined) return;
  controls.dataset.buttons = '';
  const buttons: HTMLElement[] = [];
  if (controls.dataset.cut === undefined) buttons.push(copyButton('text', '复制'), copyButton('cite', '复制并注明出处'));
  if (controls.dataset.basket !== undefined) buttons.push(basketButton(controls.dataset.basket));
  // A card's 复制链接 copies the link its 查看原文 follows (the page has only the latter: it works without script).
  const link = controls.querySelector('[data-copy="link"]') ?? controls.appendChild(linkControl(controls.querySelector('[data-view]')!.getAttribute('href')!));
  link.before(...buttons);
}

/**
 * A passage as a static page ships it (PassageControls.astro): its one link, after its text, wrapped in
 * its controls; the 加入素材篮 value is the nearest data-basket (the passage's or its list's).
 */
function upgradePassage(passage: HTMLElement) {
  const existing = passage.querySelector<HTMLElement>(':scope > [data-controls]');
  if (existing) return addButtons(existing);
  // Its only link: a passage's text holds none (Marked.astro renders text and placeholders only).
  const link = passage.querySelector<HTMLAnchorElement>(':scope > a:last-of-type');
  if (!link) return;
  const card = passage.closest<HTMLElement>('[data-record]');
  wrapLink(link, { cut: card?.dataset.cut !== undefined, view: !!card, basket: passage.closest<HTMLElement>('[data-basket]')?.dataset.basket });
}

/** A section's 复制本节, before its 复制链接 (the page has only the latter: it works without script). */
function addSectionButton(controls: HTMLElement) {
  if (controls.querySelector('[data-copy="section"]')) return;
  controls.querySelector(':scope > [data-copy="link"]')?.before(copyButton('section', '复制本节'));
}

function linkControl(href: string): HTMLAnchorElement {
  const link = element('a', { href }, '复制链接');
  link.dataset.copy = 'link';
  return link;
}

function copyButton(kind: string, label: string): HTMLButtonElement {
  const button = element('button', { type: 'button' }, label);
  button.dataset.copy = kind;
  return button;
}

/** What is copied: plain text, and the same as HTML. */
export interface Copied {
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** One body paragraph as Word and WPS take it: first line indented two characters. */
const bodyHtml = (text: string) => `<p style="text-indent:2em;margin:0">${escapeHtml(text)}</p>`;
const headingHtml = (text: string) => `<p style="font-weight:bold;margin:0">${escapeHtml(text)}</p>`;
const wrapHtml = (body: string) => `<div style="font-size:16pt;line-height:1.8">${body}</div>`;

/** An element's text without its controls, tags and screen-reader-only copies. */
export function ownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('[data-controls], [data-similar], .sr-only, .alias-anchor').forEach((c) => c.remove());
  return clone.textContent!.replace(/\s+$/u, '').replace(/^\s+/u, '');
}

function passageOf(control: Element): HTMLElement {
  return control.closest<HTMLElement>('[data-passage]')!;
}

function absolute(href: string): string {
  return new URL(href, location.href).href;
}

/**
 * The citation: data-cite-source on the card or report, or on a topic page the group heading,
 * "<a>title</a><span>单位类型 · 年度 · 材料类型</span>", read as library.ts citation() writes it.
 */
export function citeSource(control: Element): string {
  const marked = control.closest<HTMLElement>('[data-cite-source]');
  if (marked) return marked.dataset.citeSource!;
  const heading = control.closest('.group')!.querySelector('h3')!;
  const [unit, year] = heading.querySelector('span')!.textContent!.split(' · ');
  return `${heading.querySelector('a')!.textContent}（${unit}，${year}）`;
}

function linkOf(control: Element): string {
  return absolute(passageOf(control).querySelector<HTMLAnchorElement>('[data-copy="link"]')!.getAttribute('href')!);
}

export function passageCopy(control: Element): Copied {
  const text = ownText(passageOf(control));
  return { text, html: wrapHtml(bodyHtml(text)) };
}

export function citeCopy(control: Element): Copied {
  const text = ownText(passageOf(control));
  const source = citeSource(control);
  const url = linkOf(control);
  return {
    text: `${text}\n——${source}\n${url}`,
    html: wrapHtml(
      `${bodyHtml(text)}<p style="text-align:right;margin:0">——${escapeHtml(source)}</p><p style="margin:0"><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
    ),
  };
}

const headingLevel = (section: Element) => Number(section.querySelector(':scope > :is(h2, h3, h4, h5, h6)')?.tagName.slice(1) ?? 9);

/** A section's heading and passages, then those of its sub-items (the sections after it at a deeper level). */
export function sectionCopy(control: Element): Copied {
  const first = control.closest('section[data-section]')!;
  const level = headingLevel(first);
  const sections = [first];
  for (let next = first.nextElementSibling; next?.matches('section[data-section]') && headingLevel(next) > level; next = next.nextElementSibling)
    sections.push(next);
  const lines: { text: string; heading: boolean }[] = [];
  for (const section of sections) {
    const shown = section.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
    // The source's own heading (data-heading) where the page shows another (书记：会议主持 for 书　记：,
    // a completed bare （一）, none at all): only the source's words are copied.
    const own = (section as HTMLElement).dataset.heading;
    const heading = own ?? (shown ? ownText(shown) : '');
    if (heading) lines.push({ text: heading, heading: true });
    for (const p of section.querySelectorAll('[data-passage]')) lines.push({ text: ownText(p), heading: false });
  }
  return {
    text: lines.map((l) => l.text).join('\n'),
    html: wrapHtml(lines.map((l) => (l.heading ? headingHtml(l.text) : bodyHtml(l.text))).join('')),
  };
}

export function linkCopy(control: Element): Copied {
  const url = absolute(control.getAttribute('href')!);
  return { text: url, html: `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` };
}

/** Both formats when the browser can (ClipboardItem), else the plain text. */
export async function writeClipboard({ text, html }: Copied): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
      return;
    } catch {
      // Some browsers refuse text/html: plain text still helps.
    }
  }
  await navigator.clipboard.writeText(text);
}

const COPIERS: Record<string, (control: Element) => Copied> = { text: passageCopy, cite: citeCopy, section: sectionCopy, link: linkCopy };

async function copy(control: HTMLElement) {
  const kind = control.dataset.copy!;
  const label = control.textContent;
  // On a report page the address bar shows the link too (the reader may copy it from there).
  if (kind === 'link' && control.getAttribute('href')!.startsWith('#')) history.replaceState(null, '', absolute(control.getAttribute('href')!));
  try {
    await writeClipboard(COPIERS[kind](control));
    control.textContent = kind === 'link' ? '已复制链接' : '已复制';
    control.dataset.copied = 'true';
  } catch {
    control.textContent = kind === 'link' ? '链接已在地址栏' : '复制失败，请选中文字复制';
  }
  setTimeout(() => {
    control.textContent = label;
    delete control.dataset.copied;
  }, 2000);
}

/** What a selection copy leaves out, and the elements it keeps as paragraphs. */
const NOISE: string = '[data-controls], [data-similar], .sr-only, .alias-anchor, [data-part], [data-landing-context]';
const BLOCKS: string = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd';

/** Ctrl+C of a selection: the text the reader selected, without controls, chips and labels. */
function cleanSelection(event: ClipboardEvent) {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !event.clipboardData) return;
  const holder = document.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) holder.append(selection.getRangeAt(i).cloneContents());
  const noise = holder.querySelectorAll(NOISE);
  if (noise.length === 0) return;
  noise.forEach((n) => n.remove());
  // Paragraphs as paragraphs: each block of the selection is one line.
  const blocks = [...holder.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks : [holder]).map((b) => ({ text: b.textContent!.trim(), heading: /^H\d$/.test(b.tagName) })).filter((l) => l.text);
  event.clipboardData.setData('text/plain', lines.map((l) => l.text).join('\n'));
  event.clipboardData.setData('text/html', wrapHtml(lines.map((l) => (l.heading ? headingHtml(l.text) : bodyHtml(l.text))).join('')));
  event.preventDefault();
}

let enabled = false;

/** Wires the page once: every passage's buttons, delegated clicks, clean copying, placeholder tooltips. */
export function enablePassageControls() {
  if (enabled) return;
  enabled = true;
  for (const passage of document.querySelectorAll<HTMLElement>('[data-passage]')) upgradePassage(passage);
  for (const controls of document.querySelectorAll<HTMLElement>('[data-section] > [data-controls]')) addSectionButton(controls);
  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-copy]');
    if (!control) return;
    event.preventDefault();
    void copy(control);
  });
  document.addEventListener('copy', cleanSelection);
  // The tooltip of a placeholder (Marked.astro ships none: a page can hold thousands).
  for (const placeholder of document.querySelectorAll<HTMLElement>('var')) placeholder.title = PLACEHOLDER_TITLE;
}
