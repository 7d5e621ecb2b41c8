/**
 * On a report page reached from a search result, highlight the searched phrase in the target
 * passage with the CSS Custom Highlight API (no DOM changes, so the passage text stays as built).
 */
import { matchRanges } from '../lib/search/tokens.ts';

export const HIGHLIGHT_KEY = 'duizhao:highlight';

/** Ranges of every occurrence of the terms in an element's text (its links and buttons left out). */
export function termRanges(target: Element, terms: readonly string[]): Range[] {
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('a, button') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    text += (n as Text).data;
  }
  const locate = (offset: number): [Text, number] => {
    const found = [...nodes].reverse().find((n) => n.start <= offset)!;
    return [found.node, offset - found.start];
  };
  return terms.flatMap((term) =>
    matchRanges(text, term).map(([s, e]) => {
      const range = new Range();
      range.setStart(...locate(s));
      range.setEnd(...locate(e - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      return range;
    }),
  );
}

export function highlightFromSearch() {
  const saved = sessionStorage.getItem(HIGHLIGHT_KEY);
  if (!saved) return;
  const { passage, terms } = JSON.parse(saved) as { passage: string; terms: string[] };
  const target = document.getElementById(passage);
  if (!target || location.hash !== `#${passage}` || !('highlights' in CSS)) return;
  const ranges = termRanges(target, terms);
  CSS.highlights.set('search', new Highlight(...ranges));
  target.dataset.highlighted = String(ranges.length);
}
