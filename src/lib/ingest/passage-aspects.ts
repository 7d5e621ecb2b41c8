/**
 * Each passage's own aspects (0–3 topics, or `general` alone), from its text with its section's
 * heading, part (section kind) and prescribed item as context. Transparent and cheap: cue
 * lexicons from the taxonomy, each hit weighted by its cue's length (longer = more specific);
 * framing phrases ("以……为指导", "按照……要求") are passing mentions and do not count; a negated cue
 * ("没有……问题" aside) counts like any other because the problem is still being discussed.
 * The few numeric settings below are the only thing fitted to labels (scripts/eval-topics.ts
 * fits them on some reports and scores on the others).
 */
import { ASPECTS, GENERAL_ASPECT, type AspectSlug, type SectionKindSlug } from '../taxonomy.ts';
import { squeeze } from './parse.ts';

export interface PassageInput {
  text: string;
  /** The section's heading (context: a heading that names an aspect votes for it). */
  heading: string;
  kind: SectionKindSlug;
  /** Aspects of the year's prescribed item the section answers, if any. */
  itemAspects?: readonly AspectSlug[];
}

export interface PassageSettings {
  /** Least score (sum of cue lengths hit) for an aspect to count at all. */
  floor: number;
  /** An aspect counts when its score is at least this share of the best one's. */
  ratio: number;
  /** Weight of a heading's cue hits relative to the passage's own. */
  heading: number;
  /** Score a prescribed item adds to each of its aspects. */
  item: number;
  /** Extra floor in framing parts (前言, 会议主持, 表态 …), where most passages are procedure. */
  framing: number;
}

export const PASSAGE_SETTINGS: PassageSettings = { floor: 4, ratio: 0.35, heading: 0.5, item: 2, framing: 4 };

/** Parts whose passages are mostly procedure and framing: a topic there needs more evidence. */
const FRAMING_KINDS: ReadonlySet<SectionKindSlug> = new Set(['intro', 'procedure', 'response', 'meeting-info', 'summary', 'comment']);

/** Passing mentions: the guiding-thought and by-the-notice formulas every report opens with. */
const PASSING = [
  /以[^，。；]{0,40}?为(?:指导|引领|统领|主线|根本遵循)/gu,
  /按照[^。；]{0,60}?(?:要求|部署|安排|通知|方案)/gu,
  /围绕[^，。；]{0,40}?(?:主题|总要求)/gu,
  /“[^”]{20,}”(?:这一|的)?主题/gu,
];

const TOPICAL = ASPECTS.filter((a) => a.slug !== GENERAL_ASPECT);

function hits(text: string, cue: string): number {
  let n = 0;
  for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + cue.length)) n++;
  return n;
}

/** Per aspect: the sum of the lengths of its cues found in the text. */
export function cueScores(text: string): Map<AspectSlug, number> {
  const scores = new Map<AspectSlug, number>();
  for (const aspect of TOPICAL) {
    let score = 0;
    for (const cue of aspect.cues) score += hits(text, cue) * cue.length;
    if (score > 0) scores.set(aspect.slug, score);
  }
  return scores;
}

export function withoutPassingMentions(text: string): string {
  return PASSING.reduce((t, pattern) => t.replace(pattern, '，'), text);
}

/** The passage's aspects, strongest first; [general] when no topic is strong enough. */
export function classifyPassage(input: PassageInput, settings: PassageSettings = PASSAGE_SETTINGS): AspectSlug[] {
  const own = cueScores(withoutPassingMentions(squeeze(input.text)));
  const heading = cueScores(squeeze(input.heading));
  const floor = settings.floor + (FRAMING_KINDS.has(input.kind) ? settings.framing : 0);
  const scored = TOPICAL.map((a) => {
    const text = own.get(a.slug) ?? 0;
    const context = (heading.get(a.slug) ?? 0) * settings.heading + (input.itemAspects?.includes(a.slug) ? settings.item : 0);
    // Context tips the balance between topics the text names; it does not make a topic on its own.
    return { slug: a.slug, text, score: text + (text > 0 ? context : 0) };
  })
    .filter((a) => a.text > 0 && a.score >= floor)
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return [GENERAL_ASPECT];
  return scored
    .filter((a) => a.score >= scored[0].score * settings.ratio)
    .slice(0, 3)
    .map((a) => a.slug);
}
