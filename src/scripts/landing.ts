/**
 * Landing on a shared link (#anchor): the passage or section is placed just below the header,
 * highlighted (:target), with the headings it sits under (speaker, part, item) named right above it,
 * so a reader on a phone sees where the passage belongs. A link to an anchor this page does not
 * have (nor, for a report on several pages, any of its pages) gets a short notice instead of
 * silently opening at the top.
 */
import { followAnchorMap } from './report-anchors.ts';

const GAP = 8;

/** The header's height, for CSS (scroll-margin-top of every anchor) and for placing a target. */
function headerBottom(): number {
  const header = document.querySelector('header');
  const bottom = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
  // A header that scrolls away (phones) needs no room above an anchor.
  const sticky = header && getComputedStyle(header).position === 'sticky';
  document.documentElement.style.setProperty('--header-h', `${sticky ? Math.ceil(header.offsetHeight) : 0}px`);
  return sticky ? bottom : 0;
}

const headingOf = (section: Element) => section.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
const levelOf = (section: Element) => Number(headingOf(section)?.tagName.slice(1) ?? 9);

/** The headings above a section: each earlier section at a higher level, nearest first, outermost last. */
function ancestorHeadings(section: Element): string[] {
  const out: string[] = [];
  let level = levelOf(section);
  for (let prev = section.previousElementSibling; prev && level > 2; prev = prev.previousElementSibling) {
    if (!prev.matches('section[data-section]')) continue;
    const l = levelOf(prev);
    if (l < level) {
      out.push(headingOf(prev)!.textContent!.trim());
      level = l;
    }
  }
  return out;
}

function context(parts: string[]): HTMLElement {
  document.querySelector('[data-landing-context]')?.remove();
  const line = document.createElement('p');
  line.dataset.landingContext = '';
  line.setAttribute('aria-hidden', 'true');
  line.textContent = `所在位置：${parts.join(' › ')}`;
  return line;
}

function place(target: HTMLElement, anchor: HTMLElement = target) {
  const section = target.closest('section[data-section]');
  let line: HTMLElement | undefined;
  if (section && target.matches('[data-passage]')) {
    const own = headingOf(section)?.textContent?.trim();
    const parts = [...ancestorHeadings(section).reverse(), ...(own ? [own] : [])];
    if (parts.length) target.before((line = context(parts)));
  } else if (section && target === section) {
    const parts = ancestorHeadings(section).reverse();
    if (parts.length) section.prepend((line = context(parts)));
  }
  // The target's own scroll margin leaves room for the header and the context line above it, so the
  // browser's own scrolling to the fragment (which may come after this script) lands the same way.
  const above = line ? target.getBoundingClientRect().top - line.getBoundingClientRect().top : 0;
  anchor.style.scrollMarginTop = target.style.scrollMarginTop = `${Math.ceil(headerBottom() + GAP + above)}px`;
  anchor.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function notice(anchor: string) {
  const main = document.querySelector('main');
  if (!main) return;
  main.querySelector('[data-anchor-missing]')?.remove();
  const p = document.createElement('p');
  p.dataset.anchorMissing = '';
  p.setAttribute('role', 'status');
  p.textContent = `链接指向的位置（#${anchor}）在本页找不到，可能已调整或删除；下面从页首显示。`;
  main.prepend(p);
  scrollTo({ top: 0, behavior: 'instant' });
}

function currentAnchor(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
}

export async function land(): Promise<void> {
  headerBottom();
  const anchor = currentAnchor();
  if (!anchor) return;
  const found = document.getElementById(anchor);
  if (found) document.querySelector('[data-anchor-missing]')?.remove();
  if (found) return place(found.matches('.alias-anchor') ? found.parentElement! : found, found);
  if (await followAnchorMap(anchor)) return;
  notice(anchor);
}

addEventListener('hashchange', () => void land());
addEventListener('resize', () => headerBottom());
