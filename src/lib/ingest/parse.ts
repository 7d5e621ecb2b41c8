/**
 * Cleaned lines → document structure: title, meeting header fields and agenda,
 * speaker turns (minutes), parts 一、, items （一）, numbered items 1., and passages
 * (paragraphs, split at 一是/二是 when a paragraph enumerates).
 * Headings keep their exact source text so coverage can be checked against the source.
 */

export type HeadingRank = 'preamble' | 'turn' | 'part' | 'item' | 'numeral';

export interface ParsedSection {
  rank: HeadingRank;
  /** 1 = top level. */
  level: number;
  /** Verbatim heading text from the source ('' when the section has none, e.g. the preamble). */
  heading: string;
  /** 一、 / （二） / 1. — '' when none. */
  marker: string;
  passages: string[];
  /** Minutes: who speaks in this turn, without spaces (书记, 成员Ａ). */
  speaker?: string;
}

export interface MeetingField {
  /** Without spaces: 时间, 地点, 出席人 … */
  key: string;
  value: string;
}

export interface ParsedDocument {
  title: string;
  fields: MeetingField[];
  agenda: string[];
  sections: ParsedSection[];
}

export const CN_NUM = '一二三四五六七八九十';
export const PART = new RegExp(`^([${CN_NUM}]{1,3})、`);
export const ITEM = new RegExp(`^[（(]([${CN_NUM}]{1,3})[）)]`);
export const NUMERAL = /^(\d{1,2})[.．、](?!\d)/;
const CIRCLED = /^[①②③④⑤⑥⑦⑧⑨⑩]/;
const FIELD_KEYS = ['时间', '地点', '出席人', '缺席人', '列席人', '主持人', '记录人', '议程', '内容'];
// Keys may be padded with ASCII or ideographic spaces: 时  间, 议　程.
const FIELD = new RegExp(`^(${FIELD_KEYS.map((k) => [...k].join('[\\s\\u3000]*')).join('|')})[\\s\\u3000]*[：:][\\s\\u3000]*(.*)$`);
// A minutes speaker line: a short name and a colon alone on the line (书　记：, 成员Ａ：).
const TURN = /^([^\s：:，。、；（）()]{1,6}(?:[\s\u3000][^\s：:，。、；（）()]{1,3})?)[：:]$/u;

const RANK_ORDER: Record<HeadingRank, number> = { preamble: 1, turn: 0, part: 1, item: 2, numeral: 3 };

/** Longest heading we accept as a whole line; longer lines are split into heading + passage. */
const MAX_HEADING = 60;
/** A first sentence this short (or ending in 方面) is the item's heading. */
const MAX_LEAD_SENTENCE = 100;

export function stripMarkdown(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .trim();
}

export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

export function parseDocument(lines: readonly string[]): ParsedDocument {
  const doc: ParsedDocument = { title: '', fields: [], agenda: [], sections: [] };
  const content = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  let i = 0;
  if (content.length > 0 && isTitleLine(content[0])) {
    doc.title = stripMarkdown(content[0]);
    i = 1;
  }

  // Meeting header: fields, and agenda lines (①②…) after 议程.
  let inAgenda = false;
  for (; i < content.length; i++) {
    const field = FIELD.exec(content[i]);
    if (field) {
      const key = squeeze(field[1]);
      doc.fields.push({ key, value: field[2].trim() });
      inAgenda = key === '议程';
      if (key === '内容') {
        i++;
        break;
      }
      continue;
    }
    if (inAgenda && CIRCLED.test(content[i])) {
      doc.agenda.push(content[i]);
      continue;
    }
    break;
  }
  const isMinutes = doc.fields.length >= 3;

  const stack: HeadingRank[] = [];
  let current: ParsedSection | undefined;
  const open = (rank: HeadingRank, heading: string, marker: string, extra: Partial<ParsedSection> = {}) => {
    while (stack.length > 0 && RANK_ORDER[stack[stack.length - 1]] >= RANK_ORDER[rank]) stack.pop();
    stack.push(rank);
    current = { rank, level: stack.length, heading, marker, passages: [], ...extra };
    doc.sections.push(current);
  };
  const addPassage = (text: string) => {
    if (text.length === 0) return;
    if (!current) open('preamble', '', '');
    current!.passages.push(...splitEnumeration(text));
  };

  for (const block of bodyBlocks(content.slice(i), isMinutes)) {
    if (block.kind === 'turn') {
      stack.length = 0;
      open('turn', block.line, '', { speaker: block.speaker });
    } else if (block.kind === 'heading') {
      open(block.heading.rank, block.heading.heading, block.heading.marker);
      addPassage(block.heading.rest);
    } else if (block.item) {
      // A numbered statement: one passage keeping its number (its 一是/二是 points split as usual).
      const [first, ...more] = splitEnumeration(block.item.body);
      if (!current) open('preamble', '', '');
      current!.passages.push(block.item.marker + first, ...more);
    } else addPassage(block.line);
  }
  return doc;
}

type Block =
  | { kind: 'turn'; line: string; speaker: string }
  | { kind: 'heading'; line: string; heading: Heading }
  | { kind: 'text'; line: string; item?: { marker: string; body: string } };

/**
 * The body's lines as speaker turns, headings and text. A run of sibling items （一）（二）… (or
 * 1. 2. …) of which any is a whole statement rather than a short title is read as numbered
 * paragraphs: each item one passage keeping its number, never an empty heading （三） or a
 * heading that repeats a paragraph; so is a run of items no passage elaborates. A heading is a
 * short line the passages after it elaborate.
 */
function bodyBlocks(lines: readonly string[], isMinutes: boolean): Block[] {
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = stripMarkdown(raw);
    if (line.length === 0) continue;
    const turn = isMinutes ? TURN.exec(line) : null;
    if (turn) blocks.push({ kind: 'turn', line, speaker: squeeze(turn[1]) });
    else {
      const heading = headingOf(line);
      blocks.push(heading ? { kind: 'heading', line, heading } : { kind: 'text', line });
    }
  }
  // Runs of siblings: a heading of a rank closes the runs of every lower rank; a turn closes all.
  const runOf = new Map<number, number>();
  const statementRuns = new Set<number>();
  const elaborated = new Set<number>();
  const listRuns = new Set<number>();
  let open: Partial<Record<HeadingRank, number>> = {};
  let runs = 0;
  blocks.forEach((block, j) => {
    if (block.kind === 'turn') open = {};
    if (block.kind !== 'heading') return;
    const { rank } = block.heading;
    for (const r of Object.keys(open) as HeadingRank[]) if (RANK_ORDER[r] > RANK_ORDER[rank]) delete open[r];
    const run = (open[rank] ??= runs++);
    runOf.set(j, run);
    if (rank !== 'item' && rank !== 'numeral') return;
    listRuns.add(run);
    if (isStatement(block.heading)) statementRuns.add(run);
    if (block.heading.rest !== '' || blocks[j + 1]?.kind === 'text') elaborated.add(run);
  });
  // Items no passage elaborates (（一）党性修养有所弱化。（二）理论学习不够深入 …) are a list of statements too.
  for (const run of listRuns) if (!elaborated.has(run)) statementRuns.add(run);
  return blocks.map((block, j): Block => {
    if (block.kind !== 'heading' || !statementRuns.has(runOf.get(j)!)) return block;
    const { marker } = block.heading;
    return { kind: 'text', line: block.line, item: { marker, body: block.line.slice(marker.length) } };
  });
}

/** Longest item title (after its number) read as a heading, unless it names an aspect (……方面). */
const MAX_ITEM_TITLE = 40;

/** An item whose text is a statement, not a title: no short first sentence to stand as its heading. */
function isStatement(heading: Heading): boolean {
  const title = heading.heading.slice(heading.marker.length);
  if (title.length === 0) return true;
  return title.length > MAX_ITEM_TITLE && !/方面[。：:]?$/u.test(title);
}

function isTitleLine(line: string): boolean {
  if (/^#\s/.test(line)) return true;
  const plain = stripMarkdown(line);
  return plain.length <= MAX_HEADING * 2 && !/[。；]$/.test(plain) && !FIELD.test(plain) && !PART.test(plain) && !ITEM.test(plain);
}

interface Heading {
  rank: HeadingRank;
  marker: string;
  heading: string;
  rest: string;
}

function headingOf(line: string): Heading | undefined {
  const match = PART.exec(line) ?? ITEM.exec(line) ?? NUMERAL.exec(line);
  if (!match) return undefined;
  const rank: HeadingRank = PART.test(line) ? 'part' : ITEM.test(line) ? 'item' : 'numeral';
  const marker = match[0];
  const body = line.slice(marker.length);
  // "（一）一是……二是……": the item only enumerates; its first point is not its title.
  if (new RegExp(`^[${CN_NUM}]是`).test(body)) return { rank, marker, heading: marker, rest: body };
  if (line.length <= MAX_HEADING && !/[。；！？][^。；！？]/u.test(body)) {
    return { rank, marker, heading: line, rest: '' };
  }
  const lead = leadSentence(body);
  if (lead) return { rank, marker, heading: marker + lead, rest: body.slice(lead.length) };
  // No short first sentence: the marker alone is the heading; pages derive a title from the text.
  return { rank, marker, heading: marker, rest: body };
}

/** The first sentence (with its closing punctuation) when it is short enough to serve as a heading. */
function leadSentence(body: string): string | undefined {
  const end = /[。：:；！？]/u.exec(body);
  if (!end) return undefined;
  const sentence = body.slice(0, end.index + 1);
  const isAspectPhrase = /方面[。：:]$/u.test(sentence);
  if (sentence.length <= MAX_LEAD_SENTENCE || (isAspectPhrase && sentence.length <= MAX_LEAD_SENTENCE * 2)) return sentence;
  return undefined;
}

const ORDINALS = [...CN_NUM];
/** Paragraphs shorter than this stay whole even when they enumerate. */
const MIN_SPLIT_LENGTH = 200;

/**
 * Splits "一是……。二是……。三是……" into one passage per point, when the markers
 * stand at sentence starts and count up from 一. Anything before 一是 stays its own passage.
 */
export function splitEnumeration(text: string): string[] {
  if (text.length < MIN_SPLIT_LENGTH) return [text];
  const cuts: number[] = [];
  let next = 0;
  const pattern = new RegExp(`(?:^|(?<=[。；;！？：:]))([${CN_NUM}])是`, 'gu');
  for (const m of text.matchAll(pattern)) {
    if (m[1] === ORDINALS[next]) {
      cuts.push(m.index);
      next++;
    }
  }
  if (cuts.length < 2) return [text];
  const pieces: string[] = [];
  if (cuts[0] > 0) pieces.push(text.slice(0, cuts[0]));
  cuts.forEach((start, k) => pieces.push(text.slice(start, cuts[k + 1] ?? text.length)));
  return pieces;
}
