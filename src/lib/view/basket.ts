/**
 * The 素材篮 (collection basket): passages a reader collects from anywhere on the site, kept in their
 * browser (localStorage, nothing is sent), arranged, then copied or exported as a Word file with the
 * site's 公文 styles: 一、存在的问题 （一）…方面, the passages, and the sources at the end. Pure: the
 * state changes and the document are tested in Node; scripts/basket*.ts wire them to the page.
 */
import { ASPECTS, SECTION_KINDS, UNIT_TYPES, labelOf } from '../taxonomy.ts';
import { docx, paragraph } from './docx.ts';
import type { ZipCodec } from './zip.ts';

/** The localStorage key (versioned: a later format can read this one or start afresh). */
export const BASKET_KEY = 'duizhao:basket:v1';

export interface BasketItem {
  /** The passage's link (site path with its anchor): also what identifies it in the basket. */
  href: string;
  /** The passage as shown (plain text); `cut` when a listing showed only its opening. */
  text: string;
  cut?: boolean;
  /** Section kind slug (problems, causes, measures …) or ''. */
  kind: string;
  /** The passage's first aspect slug, or ''. */
  aspect: string;
  /** The report's title, unit type and year (labels), and its page. */
  title: string;
  unit: string;
  year: string;
  report: string;
}

/** The basket's parts, in the order a 对照检查材料 has them; anything else goes last, under 其他. */
export const BASKET_PARTS = [
  { kind: 'problems', heading: '存在的问题' },
  { kind: 'causes', heading: '原因剖析' },
  { kind: 'measures', heading: '整改措施' },
  { kind: '', heading: '其他' },
] as const;

function partOf(item: BasketItem): string {
  return BASKET_PARTS.some((p) => p.kind === item.kind && p.kind) ? item.kind : '';
}

const isItem = (x: unknown): x is BasketItem => {
  const o = x as Record<string, unknown>;
  return !!o && ['href', 'text', 'kind', 'aspect', 'title', 'unit', 'year', 'report'].every((k) => typeof o[k] === 'string');
};

/** The stored basket; anything unreadable (another format, hand-edited) reads as what of it is valid. */
export function readBasket(raw: string | null): BasketItem[] {
  if (!raw) return [];
  try {
    const value = JSON.parse(raw) as unknown;
    return Array.isArray(value) ? value.filter(isItem) : [];
  } catch {
    return [];
  }
}

export function has(items: readonly BasketItem[], href: string): boolean {
  return items.some((i) => i.href === href);
}

/** Added at the end (once: a passage already there stays where it is). */
export function add(items: readonly BasketItem[], item: BasketItem): BasketItem[] {
  return has(items, item.href) ? [...items] : [...items, item];
}

export function remove(items: readonly BasketItem[], href: string): BasketItem[] {
  return items.filter((i) => i.href !== href);
}

/** The items in the order the page shows them: by part (BASKET_PARTS), in the reader's order within each. */
export function grouped(items: readonly BasketItem[]): { kind: string; heading: string; items: BasketItem[] }[] {
  return BASKET_PARTS.map((p) => ({ kind: p.kind, heading: p.heading, items: items.filter((i) => partOf(i) === p.kind) })).filter((g) => g.items.length > 0);
}

/** Moved one place up (-1) or down (+1) among the items of its part; unchanged at either end. */
export function move(items: readonly BasketItem[], href: string, step: -1 | 1): BasketItem[] {
  const item = items.find((i) => i.href === href);
  if (!item) return [...items];
  const order = grouped(items).flatMap((g) => g.items);
  const at = order.indexOf(item);
  const other = order[at + step];
  if (!other || partOf(other) !== partOf(item)) return order;
  [order[at], order[at + step]] = [other, item];
  return order;
}

/** Moved to just before `before` (dragged onto it), when both are of one part. */
export function moveBefore(items: readonly BasketItem[], href: string, before: string): BasketItem[] {
  const item = items.find((i) => i.href === href);
  const target = items.find((i) => i.href === before);
  if (!item || !target || item === target || partOf(item) !== partOf(target)) return [...items];
  const rest = grouped(items)
    .flatMap((g) => g.items)
    .filter((i) => i !== item);
  rest.splice(rest.indexOf(target), 0, item);
  return rest;
}

const NUMBERS = '一二三四五六七八九十';
const number = (n: number) => (n <= 10 ? NUMBERS[n - 1] : String(n));

export interface OutlineLine {
  level: 0 | 1 | 2;
  text: string;
}

const aspectHeading = (slug: string) => (slug && slug !== 'general' ? `${labelOf(ASPECTS, slug)}方面` : '综合');

/** The passage's text as exported: a listing's opening is marked as such. */
const itemText = (item: BasketItem) => (item.cut ? `${item.text}……（节选，全文见来源）` : item.text);

/**
 * The export's outline: 一、存在的问题 (level 0), under it （一）理论学习方面 (level 1) for each run of
 * passages on one aspect, the passages (level 2). The section kind label decides a part's heading
 * (labels from the taxonomy for known kinds).
 */
export function outline(items: readonly BasketItem[]): OutlineLine[] {
  const lines: OutlineLine[] = [];
  grouped(items).forEach((group, g) => {
    lines.push({ level: 0, text: `${number(g + 1)}、${group.heading}` });
    let aspect: string | undefined;
    let n = 0;
    for (const item of group.items) {
      if (item.aspect !== aspect) {
        aspect = item.aspect;
        lines.push({ level: 1, text: `（${number(++n)}）${aspectHeading(aspect)}` });
      }
      lines.push({ level: 2, text: itemText(item) });
    }
  });
  return lines;
}

export interface Source {
  title: string;
  unit: string;
  year: string;
  /** The report's page (absolute when the origin was given). */
  url: string;
}

/** The reports the passages come from, in the order they first appear in the outline. */
export function sources(items: readonly BasketItem[], origin = ''): Source[] {
  const seen = new Map<string, Source>();
  for (const item of grouped(items).flatMap((g) => g.items))
    if (!seen.has(item.report)) seen.set(item.report, { title: item.title, unit: item.unit, year: item.year, url: `${origin}${item.report}` });
  return [...seen.values()];
}

const sourceLine = (s: Source, i: number) => `${i + 1}. ${s.title}（${s.unit}，${s.year}）${s.url}`;

export const EXPORT_TITLE = '对照检查材料素材摘编';

/** 复制全部: the outline and the sources as plain text. */
export function basketText(items: readonly BasketItem[], origin = ''): string {
  const body = outline(items).map((l) => (l.level === 2 ? `　　${l.text}` : l.text));
  return [...body, '', '参考来源', ...sources(items, origin).map(sourceLine)].join('\n');
}

/** The export as a .docx: the outline in the headings and body style of the site's Word files, then the sources. */
export function basketDocx(items: readonly BasketItem[], origin = '', codec?: ZipCodec): Uint8Array {
  const body = [
    paragraph(EXPORT_TITLE, { style: 'Title' }),
    ...outline(items).map((l) => (l.level === 2 ? paragraph(l.text) : paragraph(l.text, { style: `Heading${l.level + 1}` }))),
    paragraph('参考来源', { style: 'Heading1' }),
    ...sources(items, origin).map((s, i) => paragraph(sourceLine(s, i), { flush: true, size: 24 })),
  ];
  return docx(EXPORT_TITLE, body, codec);
}

/** A kind's label as the basket page shows it on an item (存在问题 …), or ''. */
export function kindLabel(kind: string): string {
  return SECTION_KINDS.some((k) => k.slug === kind) ? labelOf(SECTION_KINDS, kind) : '';
}

/**
 * A citation as library.ts citation() writes it, "标题（单位类型，年度）", read back into its parts.
 * Titles and unit labels may hold brackets themselves (县（区）委常委班子): the unit is one of the
 * vocabulary's labels.
 */
export function readCitation(citation: string): { title: string; unit: string; year: string } {
  const year = /，([^，（）]*)）$/u.exec(citation);
  const head = year ? citation.slice(0, year.index) : '';
  const unit = year && UNIT_TYPES.map((u) => u.label).find((label) => head.endsWith(`（${label}`));
  return unit ? { title: head.slice(0, -unit.length - 1), unit, year: year[1] } : { title: citation, unit: '', year: '' };
}

/** A report's page from a passage's link: /reports/<id>/ (under the base path), without page and anchor. */
export function reportOf(href: string): string {
  return /^(.*?\/reports\/[^/#]+\/)/.exec(href)?.[1] ?? href.replace(/#.*$/, '');
}

/** A 加入素材篮 button's value: "kind/aspect", the passage's part and first aspect (either may be empty). */
export function basketValue(kind: string, aspects: readonly string[]): string {
  return `${kind}/${aspects[0] ?? ''}`;
}

export function readBasketValue(value: string): { kind: string; aspect: string } {
  const [kind = '', aspect = ''] = value.split('/');
  return { kind, aspect };
}
