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
  type AspectSlug,
  type CuedTerm,
  type DocTypeSlug,
  type MeetingSlug,
  type SectionKindSlug,
  type SpeakerSlug,
  type ThemeSlug,
  type UnitTypeSlug,
} from '../taxonomy.ts';
import { squeeze, type ParsedDocument, type ParsedSection } from './parse.ts';
import { classifyPassage, sectionAspects } from './passage-aspects.ts';

export interface ReportMeta {
  year: number;
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

function countOf(text: string, cue: string): number {
  let n = 0;
  for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + cue.length)) n++;
  return n;
}

/** Sum of cue hits weighted by cue length (longer cues are more specific). */
function cueScore(term: CuedTerm, text: string): number {
  return term.cues.reduce((sum, cue) => sum + countOf(text, cue) * cue.length, 0);
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

export function classifyDocType(doc: ParsedDocument): DocTypeSlug {
  if (doc.fields.length >= 3) return 'minutes';
  return bySpecificCue(DOC_TYPES, squeeze(doc.title))?.slug ?? 'review';
}

export function classifySpeaker(doc: ParsedDocument, docType: DocTypeSlug): SpeakerSlug {
  if (docType === 'minutes') return 'team';
  if (docType === 'speech') return 'individual';
  const title = squeeze(doc.title);
  if (/班子/.test(title)) return 'team';
  if (/个人|本人|一把手|书记/.test(title)) return 'individual';
  const opening = squeeze(doc.sections[0]?.passages.join('') ?? '').slice(0, 300);
  return /本人|我(?!们)/.test(opening) && !/班子/.test(opening) ? 'individual' : 'team';
}

/** Where a document says what it is: its title, then its opening (first two sections, 600 characters). */
function titleThenOpening(doc: ParsedDocument): [title: string, opening: string] {
  const opening = doc.sections
    .slice(0, 2)
    .flatMap((s) => s.passages)
    .join('');
  return [squeeze(doc.title), squeeze(opening).slice(0, 600)];
}

export function classifyTheme(doc: ParsedDocument): ThemeSlug {
  for (const text of titleThenOpening(doc)) {
    const theme = THEMES.find((t) => t.cues.some((cue) => text.includes(cue)));
    if (theme) return theme.slug;
  }
  return 'annual';
}

/** 年度 reviewed: the title's 年度, else the theme's year, else the latest 年度 named, else the meeting date's year − 1. */
export function classifyYear(doc: ParsedDocument, theme: ThemeSlug): number | undefined {
  const inTitle = /(20\d\d)年度/.exec(doc.title);
  if (inTitle) return Number(inTitle[1]);
  const themeYear = THEMES.find((t) => t.slug === theme)?.year;
  if (themeYear) return themeYear;
  const text = fullText(doc);
  const named = [...text.matchAll(/(20\d\d)年度/g)].map((m) => Number(m[1]));
  if (named.length > 0) return Math.max(...named);
  const date = doc.fields.find((f) => f.key === '时间');
  const held = date && /(20\d\d)年/.exec(date.value);
  if (held) return Number(held[1]) - 1;
  const years = [...text.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** 民主生活会 unless the title (else the opening) names a 组织生活会: the two meetings are never mixed silently. */
export function classifyMeeting(doc: ParsedDocument): MeetingSlug {
  for (const text of titleThenOpening(doc)) {
    const meeting = bySpecificCue(MEETINGS, text);
    if (meeting) return meeting.slug;
  }
  return 'democratic-life';
}

export function classifyUnitType(doc: ParsedDocument): UnitTypeSlug {
  const title = squeeze(doc.title);
  const text = fullText(doc);
  let best: UnitTypeSlug = 'other';
  let bestScore = 0;
  for (const unit of UNIT_TYPES) {
    // The title names the unit most reliably; the body votes with every mention.
    const score = cueScore(unit, title) * 10 + cueScore(unit, text);
    if (score > bestScore) {
      best = unit.slug;
      bestScore = score;
    }
  }
  return best;
}

export class ClassifyError extends Error {}

export function classifyReport(doc: ParsedDocument): ReportMeta {
  const docType = classifyDocType(doc);
  const theme = classifyTheme(doc);
  const year = classifyYear(doc, theme);
  if (year === undefined) throw new ClassifyError('no year found: neither the title, the theme, nor the text names a 年度');
  return { year, unit: classifyUnitType(doc), speaker: classifySpeaker(doc, docType), docType, theme, meeting: classifyMeeting(doc) };
}

function matchPrescribedItem(year: number, section: ParsedSection) {
  const program = programOf(year);
  if (!program) return undefined;
  // The item is named in the heading, or in the opening words when the heading is only a marker.
  const lead = squeeze(section.heading + (section.passages[0] ?? '')).slice(0, 120);
  return program.items.find((item) => item.cues.some((cue) => lead.includes(cue)));
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
  const host = squeeze(doc.fields.find((f) => f.key === '主持人')?.value ?? '书记');
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
