/**
 * Cleaned lines → paragraph lines. Sources pasted from PDFs or web pages break lines inside
 * sentences, run a whole document together on one line, or put spaces inside words (学习 贯彻).
 * Reflowed, a sentence is one line again, so it is one passage and a phrase across the break is
 * found; the parser and the coverage check both read the reflowed lines. Lines that already are
 * paragraphs (every seed) are left as they are.
 */
import { CN_NUM, ITEM, NUMERAL, PART } from './parse.ts';

/** A line that ends a sentence: closing punctuation, then any closing quotes or brackets. */
const SENTENCE_END = /[。！？；：:…!?;](?:["”’」』）)》]*)$/u;
/** A line that opens a structure: 一、 （一） 1. 一是 ①, a Markdown heading or bold line. */
const STRUCTURE = new RegExp(`${PART.source}|${ITEM.source}|${NUMERAL.source}|^[${CN_NUM}]是|^[①-⑩]|^#{1,6}\\s|^\\*\\*`, 'u');
/** A header field or a speaker line: a short key and a colon (时间：…, 书　记：). */
const KEYED = /^[^\s：:，。；]{1,4}(?:[\s\u3000]+[^\s：:，。；]{1,3})?[：:]/u;
/** Shorter than this and not ending in a comma: a title or heading line, never joined. */
const SHORT_LINE = 16;
/** Spaces between two Han characters (or Han and CJK punctuation) are a copying artifact. */
const SPACE_IN_HAN = /(?<=[\p{Script=Han}\u3000-\u303f\uff01-\uff60])[ \t\u00a0]+(?=[\p{Script=Han}\u3000-\u303f\uff01-\uff60])/gu;
/** Where structure runs on in one line: 一、 / （一） right after a sentence's end or a space. */
const runOn = (after: string, marker: string) => new RegExp(`(?<=${after})(?=${marker})`, 'gu');
const AFTER_SENTENCE = '[。！？；](?:["”’」』）)]*)|[ \\u3000\\t]+';
const PART_RUN_ON = runOn(AFTER_SENTENCE, `[${CN_NUM}]{1,3}、|[（(][${CN_NUM}]{1,3}[）)]`);
/** In a line that runs parts together: also an item right after its part's title, and 1. 2. after a sentence. */
const ITEM_RUN_ON = runOn('[^（(\\s]', `[（(][${CN_NUM}]{1,3}[）)]`);
const NUMERAL_RUN_ON = runOn(AFTER_SENTENCE, '\\d{1,2}[.．、](?!\\d)');

/**
 * A line split where its structure runs on. Numbered points 1. 2. inside one paragraph are its
 * text, so they split only a line that runs parts or items together (a whole document on one line).
 */
function splitRunOn(line: string): string[] {
  const pieces = line.split(PART_RUN_ON);
  if (pieces.length === 1) return pieces;
  return pieces.flatMap((p) => p.split(ITEM_RUN_ON)).flatMap((p) => p.split(NUMERAL_RUN_ON));
}

/** Display width: a Han character counts as two Latin ones, as in the fixed-width lines of a PDF copy. */
function width(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.codePointAt(0)! < 0x2e80 ? 1 : 2;
  return w;
}

/** The width most lines that do not end a sentence share, when the text is hard-wrapped at one. */
function wrapWidth(lines: readonly string[]): number | undefined {
  const open = lines.filter((l) => l.length >= SHORT_LINE && !SENTENCE_END.test(l));
  const counts = new Map<number, number>();
  for (const l of open) counts.set(width(l), (counts.get(width(l)) ?? 0) + 1);
  let best: number | undefined;
  for (const [w, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && w > best)) best = w;
  if (best === undefined) return undefined;
  const near = open.filter((l) => Math.abs(width(l) - best) <= WRAP_TOLERANCE).length;
  return near >= 3 && near >= open.length / 2 ? best : undefined;
}
/** Lines of one hard-wrapped text differ in width by a half-width character or two. */
const WRAP_TOLERANCE = 4;

export function reflowLines(lines: readonly string[]): string[] {
  const split = lines.flatMap((line) => splitRunOn(line).map((piece) => piece.trim().replace(SPACE_IN_HAN, '')));
  const trimmed = split.map((l) => l.trim());
  const wrap = wrapWidth(trimmed);
  const wrapped = (line: string) => wrap !== undefined && width(line) >= wrap - WRAP_TOLERANCE;
  /** A line after which the paragraph goes on, on the next line. */
  const continues = (line: string) => {
    if (SENTENCE_END.test(line) || KEYED.test(line)) return false;
    if (wrapped(line) || /[，、“‘《（—]$/u.test(line)) return true;
    // Cut off inside Han text: a sentence goes on (never a heading, a short title line or code).
    return !STRUCTURE.test(line) && line.length >= SHORT_LINE && /\p{Script=Han}$/u.test(line);
  };
  const out: string[] = [];
  let first = true;
  let joinable = false;
  for (const line of trimmed) {
    if (line === '') {
      out.push(line);
      joinable = false;
      continue;
    }
    if (joinable && !STRUCTURE.test(line) && !KEYED.test(line)) {
      const previous = out[out.length - 1];
      out[out.length - 1] = previous + (/[A-Za-z]$/.test(previous) && /^[A-Za-z]/.test(line) ? ' ' : '') + line;
    } else out.push(line);
    // The first line is the title; it never runs into the text below it.
    joinable = !first && continues(out[out.length - 1]);
    first = false;
  }
  return out;
}
