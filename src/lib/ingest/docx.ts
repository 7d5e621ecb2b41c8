/**
 * A .docx file → one line per paragraph, as Word displays them. Sources written in Word or WPS
 * number their parts and items with automatic list numbering (numbering.xml: 一、 （一） 1. from
 * chineseCounting / decimal levels and lvlText such as "（%2）"), often through heading styles
 * (标题 1/2), not typed text; a raw-text extraction drops those numbers and with them the
 * document's structure. Here each numbered paragraph gets the number Word shows, counted per list
 * and level (a level restarts after a higher one, a list may restart with a start override), so
 * the parser finds 一、/（一） as in a typed source.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: Word's tab or space, or nothing. */
  suffix: string;
}

interface NumberingDefinitions {
  /** numId → its abstract list's levels, with the instance's start overrides applied. */
  lists: Map<string, { abstract: string; levels: Map<number, Level>; restarts: boolean }>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const children = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS(W, name)) as Element[];
const child = (el: Element | undefined, name: string): Element | undefined => {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  return undefined;
};
const val = (el: Element | undefined): string | undefined => el?.getAttributeNS(W, 'val') ?? undefined;

async function part(zip: JSZip, name: string): Promise<Element | undefined> {
  const text = await zip.file(name)?.async('string');
  if (text === undefined) return undefined;
  return (new DOMParser().parseFromString(text, 'text/xml').documentElement ?? undefined) as unknown as Element | undefined;
}

function readNumbering(root: Element | undefined): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const lists: NumberingDefinitions['lists'] = new Map();
  if (!root) return { lists };
  const readLevel = (lvl: Element): Level => ({
    start: Number(val(child(lvl, 'start')) ?? 1),
    format: val(child(lvl, 'numFmt')) ?? 'decimal',
    text: val(child(lvl, 'lvlText')) ?? '',
    suffix: val(child(lvl, 'suff')) ?? 'tab',
  });
  for (const abstract of children(root, 'abstractNum')) {
    const levels = new Map<number, Level>();
    for (const lvl of children(abstract, 'lvl')) levels.set(Number(lvl.getAttributeNS(W, 'ilvl')), readLevel(lvl));
    abstracts.set(abstract.getAttributeNS(W, 'abstractNumId') ?? '', levels);
  }
  for (const num of children(root, 'num')) {
    const abstract = val(child(num, 'abstractNumId')) ?? '';
    const levels = new Map(abstracts.get(abstract) ?? []);
    let restarts = false;
    for (const override of children(num, 'lvlOverride')) {
      const ilvl = Number(override.getAttributeNS(W, 'ilvl'));
      const lvl = child(override, 'lvl');
      const base = lvl ? readLevel(lvl) : levels.get(ilvl);
      const start = val(child(override, 'startOverride'));
      if (start !== undefined) restarts = true;
      if (base) levels.set(ilvl, start !== undefined ? { ...base, start: Number(start) } : base);
    }
    lists.set(num.getAttributeNS(W, 'numId') ?? '', { abstract, levels, restarts });
  }
  return { lists };
}

function readStyles(root: Element | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!root) return styles;
  for (const style of children(root, 'style')) {
    const numPr = child(child(style, 'pPr'), 'numPr');
    const ilvl = val(child(numPr, 'ilvl'));
    styles.set(style.getAttributeNS(W, 'styleId') ?? '', {
      numId: val(child(numPr, 'numId')),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      basedOn: val(child(style, 'basedOn')),
    });
  }
  return styles;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百〇五 (Word's chineseCounting). */
export function chineseCounting(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${CN_DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `〇${CN_DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest)}`;
  }
  return String(n);
}

const letters = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
const roman = (n: number) =>
  [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ].reduce((s, [v, r]) => {
    let out = s;
    while (n >= (v as number)) {
      out += r;
      n -= v as number;
    }
    return out;
  }, '');

/** A counter in one of Word's number formats (the ones Chinese documents use; others as digits). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d)));
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** The text of a paragraph's runs (its own, not a nested text box's), with tabs and line breaks. */
function paragraphText(p: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI !== W) continue;
      if (e.localName === 't') text += e.textContent ?? '';
      else if (e.localName === 'tab') text += '\t';
      else if (e.localName === 'br' || e.localName === 'cr') text += '\n';
      else if (e.localName === 'p' || e.localName === 'del' || e.localName === 'delText' || e.localName === 'txbxContent') continue;
      else walk(e);
    }
  };
  walk(p);
  return text;
}

/** The paragraphs of a .docx as lines, each numbered as Word displays it. Throws on a file that is not a .docx. */
export async function docxLines(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await part(zip, 'word/document.xml');
  if (!document) throw new Error('no word/document.xml in the file');
  const { lists } = readNumbering(await part(zip, 'word/numbering.xml'));
  const styles = readStyles(await part(zip, 'word/styles.xml'));
  // Counters are kept per abstract list: Word continues a list across its instances unless one restarts it.
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  const styleNumbering = (styleId: string | undefined): StyleNumbering => {
    const found: StyleNumbering = {};
    for (let id = styleId, depth = 0; id && depth < 20; id = styles.get(id)?.basedOn, depth++) {
      const s = styles.get(id);
      found.numId ??= s?.numId;
      found.ilvl ??= s?.ilvl;
    }
    return found;
  };
  const lines: string[] = [];
  for (const p of children(document, 'p')) {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const fromStyle = styleNumbering(val(child(pPr, 'pStyle')));
    const numId = val(child(numPr, 'numId')) ?? fromStyle.numId;
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? fromStyle.ilvl ?? 0);
    const text = paragraphText(p);
    const list = numId && numId !== '0' ? lists.get(numId) : undefined;
    const level = list?.levels.get(ilvl);
    if (!list || !level || text.trim() === '') {
      lines.push(...text.split('\n'));
      continue;
    }
    let counts = counters.get(list.abstract) ?? [];
    // A list instance with a start override (Word's 重新开始编号) restarts the count at its first paragraph.
    if (!started.has(numId!) && list.restarts) counts = [];
    started.add(numId!);
    counts = counts.slice(0, ilvl + 1);
    for (let k = 0; k < ilvl; k++) counts[k] ??= list.levels.get(k)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counters.set(list.abstract, counts);
    const number = level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(counts[k] ?? list.levels.get(k)?.start ?? 1, list.levels.get(k)?.format ?? 'decimal');
    });
    // Word puts a tab (or a space) after the number; after 一、 （一） 1. that is no text at all.
    const gap = level.suffix === 'nothing' || /[、）).．:：]$/u.test(number) ? '' : ' ';
    lines.push(...(number + gap + text).split('\n'));
  }
  return lines;
}
