/**
 * Placeholders for redacted names and numbers (×, ××, xx, x次, **镇, *年度, 〔*〕, 某某) stay in the text but
 * are marked ⟦…⟧ in entries so pages can style them. Literal ⟦ ⟧ \ in source text are escaped.
 */

/** What a redacted name or number stands before: a unit, a date, a count, a person. */
const REDACTED_BEFORE = '次个名年月日号人项件条家处镇乡村县区市省局委部街社同';

const PLACEHOLDER = new RegExp(
  [
    // × runs (××, ×同志).
    '×+',
    // xx / XX (half- or full-width) standing alone, not inside a Latin word.
    '(?<![A-Za-zＡ-Ｚａ-ｚ])[xXＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])',
    // A single x before a measure word (x次).
    `(?<![A-Za-z])[xX](?=[${REDACTED_BEFORE}])(?![A-Za-z])`,
    // Asterisks for a name or number: **镇, *年度, 〔*〕 (bold markup is a pair around text, never before these).
    `\\*+(?=[${REDACTED_BEFORE}〕\\]）)])`,
    // 某某 (某某同志, 某某镇); a single 某 is an ordinary word (某些).
    '某某+',
  ].join('|'),
  'gu',
);

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
