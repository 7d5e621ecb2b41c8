/**
 * Infers a report's metadata (year, unit type, speaker, document type, theme) and each
 * section's kind, aspects and prescribed item, from the cues in the taxonomy module.
 */
import {
  DOC_TYPES,
  MEETINGS,
  SECTION_KINDS,
  THEMES,
  UNIT_TYPES,
  programOf,
  yearOfTheme,
  type AspectSlug,
  type CuedTerm,
  type DocTypeSlug,
  type MeetingSlug,
  type SectionKindSlug,
  type SpeakerSlug,
  type ThemeSlug,
  type UnitTypeSlug,
} from '../taxonomy.ts';
import { fieldValue, isByline, squeeze, type ParsedDocument, type ParsedSection } from './parse.ts';
import { classifyPassage, sectionAspects } from './passage-aspects.ts';

export interface ReportMeta {
  /** 年度 reviewed; null when the source names none (year unknown, 年度不详). */
  year: number | null;
  unit: UnitTypeSlug;
  speaker: SpeakerSlug;
  docType: DocTypeSlug;
  theme: ThemeSlug;
  meeting: MeetingSlug;
}

export interface SectionMeta {
  kind: SectionKindSlug;
  aspects: AspectSlug[];
  /** Each passage's own aspects, in passage order (passage-aspects.ts). */
  passages: AspectSlug[][];
  /** Slug of the year's prescribed item this section answers, when it names one. */
  item?: string;
  /** Minutes: whom a criticism is addressed to. */
  target?: string;
}

/** The term whose longest cue occurs in the text; ties go to the earlier term. */
function bySpecificCue<T extends CuedTerm>(terms: readonly T[], text: string): T | undefined {
  let best: T | undefined;
  let bestLength = 0;
  for (const term of terms) {
    for (const cue of term.cues) {
      if (cue.length > bestLength && text.includes(cue)) {
        best = term;
        bestLength = cue.length;
      }
    }
  }
  return best;
}

function fullText(doc: ParsedDocument): string {
  return squeeze([doc.title, ...doc.sections.flatMap((s) => [s.heading, ...s.passages])].join('\n'));
}

/** The first words of the body (after the title and any header): where a text says what it is and whose it is. */
function openingText(doc: ParsedDocument, length = 600): string {
  return squeeze(
    doc.sections
      .slice(0, 3)
      .flatMap((s) => [s.heading, ...s.passages])
      .join(''),
  ).slice(0, length);
}

/** Clauses: the text cut at every sentence or comma break. */
function clauses(text: string): string[] {
  return text.split(/[。；;！？!?，,：:\n]/u).filter((c) => c.length > 0);
}

// ---------------------------------------------------------------- document type

/** Minutes have a header (时间, 地点, 出席人 …) or a recorder. */
function hasMinutesHeader(doc: ParsedDocument): boolean {
  return doc.fields.length >= 3 || fieldValue(doc, '记录人') !== undefined;
}

/** A news report tells of a meeting held on a day: 3月16日下午，…召开2022年度组织生活会; 近日，…召开了…. */
const REPORTED_MEETING = /(?:\d{1,2}月\d{1,2}日|近日|日前|今天|今日)[^。]{0,40}?(?:召开|举行)[^。]{0,30}?生活会/u;
/** The reporter's words about a meeting. */
const REPORTER_WORDS =
  /本报讯|记者|通讯员|主持会议|到会指导|莅临指导|出席会议|参加会议|会议强调|会议指出|会议要求|会议通报|作总结讲话|作对照检查|进行对照检查|充分肯定/gu;

/** A news headline: a unit 召开/举行 a meeting (the news kind's cues, followed by the meeting). */
const NEWS_TITLE = new RegExp(`(?:${DOC_TYPES.find((t) => t.slug === 'news')!.cues.join('|')})[^。]*(?:民主生活会|组织生活会)|(?:纪实|侧记|综述)$`, 'u');
/** The chair's or a supervisor's words open by greeting the meeting. */
const SPOKEN_OPENING = /^(?:同志们|各位领导|各位同志|尊敬的)/u;
/** A speech whose speaker is the supervising group is its 点评. */
const SUPERVISOR = /督导组|指导组|巡回指导/u;

export function classifyDocType(doc: ParsedDocument): DocTypeSlug {
  if (hasMinutesHeader(doc)) return 'minutes';
  const title = squeeze(doc.title);
  const opening = openingText(doc, 300);
  const byTitle = bySpecificCue(
    DOC_TYPES.filter((t) => t.slug !== 'news'),
    title,
  )?.slug;
  if (byTitle === 'chair' && SUPERVISOR.test(title)) return 'remarks';
  if (byTitle) return byTitle;
  if (SPOKEN_OPENING.test(opening)) return /刚才|点评|听了/.test(opening) || SUPERVISOR.test(opening) ? 'remarks' : 'chair';
  // A report has a part on the problems it found; a news report only tells of the meeting.
  const examines = doc.sections.some((s) => s.rank === 'part' && /问题/.test(s.heading));
  const reporterWords = opening.match(REPORTER_WORDS)?.length ?? 0;
  // A byline (作者：, 来源：) is a published article's.
  const byline = doc.sections.some((s) => s.passages.some(isByline));
  if (NEWS_TITLE.test(title) || (!examines && (REPORTED_MEETING.test(opening) || reporterWords >= 2 || byline))) return 'news';
  if (/问题清单|问题台账/.test(opening)) return 'problem-list';
  if (/整改方案|整改落实情况/.test(opening.slice(0, 80))) return 'rectification';
  if (/发言提纲|剖析发言/.test(opening)) return 'speech';
  return 'review';
}

// ---------------------------------------------------------------- speaker

/** 我 as the writer, not 我们 nor the unit's self-reference (我镇, 我局 …). */
const FIRST_SINGULAR =
  /本人|(?<!自)我(?![们镇乡局区县市村院校委部厅处办所社国党省司单街])|作为[^，。；]{0,20}(?:书记|负责人|班子成员|主要领导|分管领导|党员领导干部|局长|镇长|乡长|部长|主任|院长|校长|县长|区长|市长|主席|委员)/gu;
/** The team as the subject of its material. */
const TEAM_SUBJECT = /我们|班子(?!成员)|党委(?!书记|委员)|党组(?!书记|成员)|支部(?!书记)/gu;
/** A title naming one person's material. */
const INDIVIDUAL_TITLE = /个人|本人|班子成员|一把手|书记|镇长|乡长|局长|部长|院长|校长|县长|区长|市长|主席|同志|党员干部/u;
const TEAM_TITLE = /班子|党委|党组|党支部|党总支|常委会|支委/u;

export function classifySpeaker(doc: ParsedDocument, docType: DocTypeSlug): SpeakerSlug {
  // Minutes and news are about the whole meeting; a chair's or supervisor's words are one person's.
  if (docType === 'minutes' || docType === 'news') return 'team';
  if (docType === 'chair' || docType === 'remarks') return 'individual';
  const title = squeeze(doc.title);
  if (INDIVIDUAL_TITLE.test(title)) return 'individual';
  if (TEAM_TITLE.test(title)) return 'team';
  // A text written in the first person singular is one member's, even when it mentions 班子成员.
  const body = squeeze(doc.sections.flatMap((s) => [s.heading, ...s.passages]).join(''));
  const singular = body.match(FIRST_SINGULAR)?.length ?? 0;
  const team = body.match(TEAM_SUBJECT)?.length ?? 0;
  if (singular >= 3 && singular * 2 >= team) return 'individual';
  return docType === 'speech' && singular > 0 ? 'individual' : 'team';
}

// ---------------------------------------------------------------- year and theme

const HAN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** 二〇二三年 → 2023年, so years written in Han digits are read too. */
function arabicYears(text: string): string {
  return text.replace(/([〇零一二三四五六七八九]{4})(?=年)/gu, (m) => [...m].map((c) => HAN_DIGITS[c]).join(''));
}

/** Years a clause gives its meeting: 召开2025年度民主生活会, 2023年主题教育专题民主生活会 (not a date: 于2024年1月15日召开2023年度…). */
const MEETING_YEAR = /(20\d\d)年度?(?!\d{1,2}月)(?:(?!20\d\d)[^。；，]){0,20}?(?:民主|组织)生活会/gu;
/** A clause about an earlier meeting's follow-up, not this one. */
const EARLIER_MEETING = /整改|通报|上一?年度|去年|前一年/u;

/**
 * The 年度 the text states: the title's year (2023年度, or 2023年 in a title), else the latest year the
 * text gives its meeting, leaving out clauses about an earlier meeting's rectification. A placeholder
 * (XX年度, *年度) states nothing.
 */
export function statedYear(doc: ParsedDocument): number | undefined {
  const title = /(20\d\d)年/u.exec(arabicYears(squeeze(doc.title)));
  if (title) return Number(title[1]);
  const years = clauses(arabicYears(fullText(doc)))
    .filter((c) => c.includes('生活会') && !EARLIER_MEETING.test(c))
    .flatMap((c) => [...c.matchAll(MEETING_YEAR)].map((m) => Number(m[1])));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** A campaign the title (else the opening) names; the longest cue wins. */
export function cuedTheme(doc: ParsedDocument): ThemeSlug | undefined {
  return (bySpecificCue(THEMES, squeeze(doc.title)) ?? bySpecificCue(THEMES, openingText(doc)))?.slug;
}

/** The meeting's date (header 时间, 会议时间): a meeting from October on reviews its own year, earlier ones the year before. */
function heldYear(doc: ParsedDocument): number | undefined {
  const held = /(20\d\d)年(\d{1,2})?/u.exec(arabicYears(squeeze(fieldValue(doc, '时间') ?? '')));
  if (!held) return undefined;
  const month = Number(held[2] ?? 1);
  return Number(held[1]) - (month >= 10 ? 0 : 1);
}

/**
 * 年度 reviewed: as stated (title, then the meeting the text names), else the year of the campaign it
 * names, else the year the opening starts with, else from the meeting's date, else unknown (null).
 * A campaign cue never overrides a stated year: 2025 texts reuse 五个带头 and cite 八项规定精神.
 */
export function classifyYear(doc: ParsedDocument): number | null {
  const cued = cuedTheme(doc);
  return statedYear(doc) ?? (cued && yearOfTheme(cued)) ?? reviewedYear(doc) ?? heldYear(doc) ?? null;
}

/** An opening that starts with the year under review: 2021年，本人…; 2023年以来，班子…. */
function reviewedYear(doc: ParsedDocument): number | undefined {
  const lead = /^(20\d\d)年(?:以来|来|[，,])/u.exec(arabicYears(openingText(doc, 12)));
  return lead ? Number(lead[1]) : undefined;
}

/** Each year's meeting has one theme: the year's, else (year unknown) the campaign named, else 年度民主生活会. */
export function classifyTheme(doc: ParsedDocument, year: number | null): ThemeSlug {
  if (year !== null) return programOf(year)?.theme ?? 'annual';
  return cuedTheme(doc) ?? 'annual';
}

/** 民主生活会 unless the title (else the opening) names a 组织生活会: the two meetings are never mixed silently. */
export function classifyMeeting(doc: ParsedDocument): MeetingSlug {
  for (const text of [squeeze(doc.title), openingText(doc)]) {
    const meeting = bySpecificCue(MEETINGS, text);
    if (meeting) return meeting.slug;
  }
  return 'democratic-life';
}

// ---------------------------------------------------------------- unit type

/** A clause that names another unit as a source of instructions or opinions (or a byline's), not the author. */
const MENTION = /根据|按照|通知|要求|部署|征求|意见|建议|指导|督导|派员|列席|到会|上级|邀请|走访|深入|座谈|联系|协调|配合|反馈|巡察|巡视|考核|作者|来源|供稿/u;

/** Words that contain a unit's name without naming its type: 集中学习 is no 中学, 党组织 no 党组, 机关党组 (of a 人大, a 政协) no 部门. */
const FALSE_FRIENDS = ['党组织', '机关党组', '集中学习', '中学习', '小学习', '大学习', '大局', '格局', '布局', '局面', '局限', '当局'];

interface UnitCue {
  cue: string;
  /** undefined: a false friend, read over and counted for none. */
  unit?: UnitTypeSlug;
}

/** Cues by their first character, longest first: a text is read once, taking the longest cue at each place. */
function cueIndex(cues: readonly UnitCue[]): Map<number, UnitCue[]> {
  const index = new Map<number, UnitCue[]>();
  for (const entry of [...cues].sort((a, b) => b.cue.length - a.cue.length)) {
    const list = index.get(entry.cue.charCodeAt(0)) ?? [];
    list.push(entry);
    index.set(entry.cue.charCodeAt(0), list);
  }
  return index;
}

const friends = FALSE_FRIENDS.map((cue) => ({ cue }));
const NAMES = UNIT_TYPES.flatMap((u) => u.cues.map((cue) => ({ cue, unit: u.slug })));
/** In a title every name counts; in the body a one-character name (镇, 局) is too often part of another word. */
const TITLE_CUES = cueIndex([...friends, ...NAMES]);
const NAME_CUES = cueIndex([...friends, ...NAMES.filter((n) => n.cue.length > 1)]);
const SELF_CUES = cueIndex([...friends, ...UNIT_TYPES.flatMap((u) => u.self.map((cue) => ({ cue, unit: u.slug })))]);

/** The first (longest) candidate cue the text has at position i. */
function longestAt(text: string, i: number, candidates: readonly UnitCue[]): UnitCue | undefined {
  for (const c of candidates) if (text.startsWith(c.cue, i)) return c;
  return undefined;
}

/**
 * Cue hits per unit type (weighted by cue length), reading the text once from the start and taking the
 * longest cue at each place, so each stretch of text counts once (政协党组 is not also a 党组).
 */
function unitHits(text: string, index: Map<number, UnitCue[]>): Map<UnitTypeSlug, number> {
  const hits = new Map<UnitTypeSlug, number>();
  for (let i = 0; i < text.length;) {
    // By character code: text[i] would allocate a string per character.
    const candidates = index.get(text.charCodeAt(i));
    const found = candidates && longestAt(text, i, candidates);
    if (!found) {
      i++;
      continue;
    }
    if (found.unit) hits.set(found.unit, (hits.get(found.unit) ?? 0) + found.cue.length);
    i += found.cue.length;
  }
  return hits;
}

/** Weights: a title names the unit; a self-reference (我镇) is the author's own; a name in the text's own clauses votes once. */
const TITLE_WEIGHT = 10;
const SELF_WEIGHT = 3;
const HOLDER_WEIGHT = 3;
const HOLDS_MEETING = /(?:召开|举行)[^，。]*生活会/u;

/**
 * The author's own unit: named in the title (weighs most), referred to as itself (我镇, 本局, 全县), or
 * the subject of the text's own clauses; clauses that only mention other units (根据县委组织部通知,
 * 征求社区意见) do not count.
 */
export function classifyUnitType(doc: ParsedDocument): UnitTypeSlug {
  const score = new Map<UnitTypeSlug, number>();
  const add = (hits: Map<UnitTypeSlug, number>, weight: number) => {
    for (const [unit, n] of hits) score.set(unit, (score.get(unit) ?? 0) + n * weight);
  };
  const body = squeeze(doc.sections.flatMap((s) => [s.heading, ...s.passages]).join('\n'));
  add(unitHits(squeeze(doc.title), TITLE_CUES), TITLE_WEIGHT);
  add(unitHits(body, SELF_CUES), SELF_WEIGHT);
  const own = clauses(body).filter((c) => !MENTION.test(c));
  add(unitHits(own.join('|'), NAME_CUES), 1);
  // The unit that holds the meeting (…党组召开2022年度民主生活会) is the one the text is about.
  add(unitHits(own.filter((c) => HOLDS_MEETING.test(c)).join('|'), NAME_CUES), HOLDER_WEIGHT);
  let best: UnitTypeSlug = 'other';
  let bestScore = 0;
  // Ties go to the earlier unit type, in taxonomy order.
  for (const unit of UNIT_TYPES) {
    const s = score.get(unit.slug) ?? 0;
    if (s > bestScore) {
      best = unit.slug;
      bestScore = s;
    }
  }
  return best;
}

export function classifyReport(doc: ParsedDocument): ReportMeta {
  const docType = classifyDocType(doc);
  const year = classifyYear(doc);
  return {
    year,
    unit: classifyUnitType(doc),
    speaker: classifySpeaker(doc, docType),
    docType,
    theme: classifyTheme(doc, year),
    meeting: classifyMeeting(doc),
  };
}

/**
 * The year's prescribed item a section answers: the item whose longest cue is in the heading, else in
 * the opening words when the heading is only a marker or says nothing of it.
 */
function matchPrescribedItem(year: number | null, section: ParsedSection) {
  const program = programOf(year);
  if (!program) return undefined;
  const heading = squeeze(section.heading);
  const lead = squeeze(section.heading + (section.passages[0] ?? '')).slice(0, 120);
  return bySpecificCue(program.items, heading) ?? bySpecificCue(program.items, lead);
}

function headingKind(section: ParsedSection): SectionKindSlug | undefined {
  if (section.rank === 'preamble') return 'intro';
  if (section.rank === 'turn') return undefined;
  const heading = squeeze(section.heading);
  // Items inherit their part's kind, except the ones that say what they are.
  if (section.rank !== 'part') return /需要说明|有关事项/.test(heading) ? 'explanation' : undefined;
  return bySpecificCue(SECTION_KINDS, heading)?.slug;
}

/**
 * Minutes: what each speaker's turn is. A turn that contains a self-examination makes its
 * speaker the subject; the others' turns until the next one are criticism of the subject.
 */
function classifyTurns(doc: ParsedDocument, kinds: (SectionKindSlug | undefined)[]): (string | undefined)[] {
  const host = squeeze(fieldValue(doc, '主持人') ?? '书记');
  const targets: (string | undefined)[] = doc.sections.map(() => undefined);
  let subject: string | undefined;
  const turns = doc.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.rank === 'turn');
  turns.forEach(({ s, i }, t) => {
    const end = turns[t + 1]?.i ?? doc.sections.length;
    const own = squeeze(s.passages.join(''));
    const examines = doc.sections.slice(i + 1, end).some((_, k) => kinds[i + 1 + k] === 'problems');
    const isHost = s.speaker === host;
    if (t === 0) kinds[i] = 'procedure';
    else if (examines) kinds[i] = 'self-review';
    else if (/领导/.test(s.speaker ?? '')) kinds[i] = 'comment';
    else if (s.speaker === subject && /感谢|接受|改正|整改|接收/.test(own)) kinds[i] = 'response';
    else if (subject && s.speaker !== subject && (!isHost || /[提谈][^。]{0,6}意见/.test(own))) {
      kinds[i] = 'criticism';
      targets[i] = subject;
    } else if (isHost && own.length > 300) kinds[i] = 'summary';
    else kinds[i] = 'procedure';
    if (examines) subject = s.speaker;
  });
  return targets;
}

export function classifySections(doc: ParsedDocument, meta: Pick<ReportMeta, 'year'>): SectionMeta[] {
  const kinds = doc.sections.map(headingKind);
  const targets = classifyTurns(doc, kinds);
  // Sections without a kind of their own take their nearest ancestor's.
  const resolved: SectionKindSlug[] = [];
  doc.sections.forEach((section, i) => {
    let kind = kinds[i];
    for (let j = i - 1; kind === undefined && j >= 0; j--) {
      if (doc.sections[j].level < section.level) kind = resolved[j];
    }
    resolved.push(kind ?? 'intro');
  });
  return doc.sections.map((section, i) => {
    const kind = resolved[i];
    const item = kind === 'problems' || kind === 'opinions' ? matchPrescribedItem(meta.year, section) : undefined;
    const passages = section.passages.map((text) => classifyPassage({ text, heading: section.heading, kind, ...(item ? { itemAspects: item.aspects } : {}) }));
    return {
      kind,
      aspects: sectionAspects(passages, item?.aspects),
      passages,
      ...(item ? { item: item.slug } : {}),
      ...(targets[i] ? { target: targets[i] } : {}),
    };
  });
}
