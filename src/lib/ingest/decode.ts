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
      if (endsInsideUtf8Character(bytes)) throw new DecodeError('truncated UTF-8: the file ends inside a character (cut off while copying?)');
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

/** Valid UTF-8 but for the start of a multi-byte character at the very end (a lead byte and too few continuation bytes). */
function endsInsideUtf8Character(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut];
    if (lead >= 0x80 && lead < 0xc0) continue; // a continuation byte: the lead is further back
    const needs = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (needs <= cut) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

function strict(label: Encoding, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(`invalid ${label.toUpperCase()} byte sequence (truncated or corrupted file)`);
  }
}
