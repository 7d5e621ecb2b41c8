/**
 * Placeholders for redacted names and numbers (×, ××, xx, x次) stay in the text but are
 * marked ⟦…⟧ in entries so pages can style them. Literal ⟦ ⟧ \ in source text are escaped.
 */

// × runs; xx/XX standing alone (not inside a Latin word); a single x before a measure word (x次).
const PLACEHOLDER = /×+|(?<![A-Za-z])(?:[xX]{2,}|[xX](?=[次个名年月日人项件条家处]))(?![A-Za-z])/g;

export function escapeText(text: string): string {
  return text.replace(/[\\⟦⟧]/g, (c) => `\\${c}`);
}

/** Escapes literal text and marks the placeholders in it. */
export function markPlaceholders(text: string): string {
  return escapeText(text).replace(PLACEHOLDER, (m) => `⟦${m}⟧`);
}

export interface TextSegment {
  text: string;
  placeholder: boolean;
}

/** Marked entry text → plain segments, placeholders flagged. Inverse of markPlaceholders. */
export function textSegments(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let buffer = '';
  let inPlaceholder = false;
  const flush = () => {
    if (buffer) segments.push({ text: buffer, placeholder: inPlaceholder });
    buffer = '';
  };
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c === '\\' && i + 1 < marked.length) {
      buffer += marked[++i];
    } else if (c === '⟦' && !inPlaceholder) {
      flush();
      inPlaceholder = true;
    } else if (c === '⟧' && inPlaceholder) {
      flush();
      inPlaceholder = false;
    } else {
      buffer += c;
    }
  }
  flush();
  return segments;
}

export function plainText(marked: string): string {
  return textSegments(marked)
    .map((s) => s.text)
    .join('');
}
