/**
 * Bytes → text. Sources arrive as UTF-8 (with or without BOM), UTF-16 with BOM,
 * or GB18030/GBK from older office systems. Line endings are normalised to LF.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {}

const NOT_TEXT = 'not text in any supported encoding (UTF-8, UTF-16 with BOM, GB18030): binary or corrupted content';

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

/** Share of decoded characters that are not control or replacement characters. */
function plausibility(text: string): number {
  if (text.length === 0) return 1;
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) bad++;
  }
  return 1 - bad / text.length;
}

export function decodeSource(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) {
    encoding = 'utf-8';
    text = strict('utf-8', bytes.subarray(3));
  } else if (hasBom(bytes, 0xff, 0xfe)) {
    encoding = 'utf-16le';
    text = strict('utf-16le', bytes.subarray(2));
  } else if (hasBom(bytes, 0xfe, 0xff)) {
    encoding = 'utf-16be';
    text = strict('utf-16be', bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Not valid UTF-8: the other encoding offices send without a BOM is GB18030 (a superset of GBK).
      try {
        text = strict('gb18030', bytes);
      } catch {
        throw new DecodeError(NOT_TEXT);
      }
      encoding = 'gb18030';
    }
  }
  if (plausibility(text) < 0.98) {
    throw new DecodeError(NOT_TEXT);
  }
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}

function strict(label: Encoding, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${label.toUpperCase()} byte sequence (truncated or corrupted file)`);
  }
}
