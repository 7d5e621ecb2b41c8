/**
 * Removes artifacts of how sources were copied (paywall markers, pinyin written to
 * dodge filters) and records every change, so an entry can say what was altered.
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

export function cleanSource(text: string): Cleaned {
  const changes: CleaningChange[] = [];
  const lines = text.split('\n').map((raw, i) => {
    let line = raw;
    const markers = line.match(PAYWALL_MARKER);
    for (const marker of new Set(markers ?? [])) {
      changes.push({ line: i + 1, from: marker, to: '', count: markers!.filter((m) => m === marker).length });
    }
    line = line.replace(PAYWALL_MARKER, '');
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
