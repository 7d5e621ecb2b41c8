/**
 * Removes artifacts of how sources were copied (paywall markers, pinyin written to
 * dodge filters, invisible and control characters) and records every change, so an entry
 * can say what was altered.
 */

export interface CleaningChange {
  /** 1-based line in the decoded source. */
  line: number;
  from: string;
  to: string;
  count: number;
}

export interface Cleaned {
  lines: string[];
  changes: CleaningChange[];
}

/** Pinyin spellings of sensitive words, restored to their Han form. */
export const OBFUSCATIONS: ReadonlyArray<readonly [pinyin: string, han: string]> = [
  ['dangshi', '党史'],
  ['mzshh', '民主生活会'],
];

const PAYWALL_MARKER = /##paid(?:begin|end)##/g;

/**
 * Characters a reader cannot see that still break a phrase search (a zero-width space inside
 * 以会议落实会议) or reorder the page (bidirectional overrides): zero-width and joiner
 * characters, soft hyphens, byte order marks inside the text, bidirectional controls, and C0/C1
 * control characters other than tab. Removed; each kind is recorded by its code point.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function cleanSource(text: string): Cleaned {
  const changes: CleaningChange[] = [];
  const lines = text.split('\n').map((raw, i) => {
    let line = raw;
    const markers = line.match(PAYWALL_MARKER);
    for (const marker of new Set(markers ?? [])) {
      changes.push({ line: i + 1, from: marker, to: '', count: markers!.filter((m) => m === marker).length });
    }
    line = line.replace(PAYWALL_MARKER, '');
    const invisible = line.match(INVISIBLE);
    for (const c of new Set(invisible ?? [])) changes.push({ line: i + 1, from: codePoint(c), to: '', count: invisible!.filter((x) => x === c).length });
    line = line.replace(INVISIBLE, '');
    for (const [pinyin, han] of OBFUSCATIONS) {
      // Only a standalone Latin run: "dangshi" inside a longer Latin word is left alone.
      const pattern = new RegExp(`(?<![A-Za-z])${pinyin}(?![A-Za-z])`, 'gi');
      const count = line.match(pattern)?.length ?? 0;
      if (count > 0) {
        changes.push({ line: i + 1, from: pinyin, to: han, count });
        line = line.replace(pattern, han);
      }
    }
    return line.replace(/\s+$/u, '');
  });
  return { lines, changes };
}
