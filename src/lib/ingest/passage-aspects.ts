/**
 * Each passage's own aspects (1–3 topics, or `general` alone), from its text with its section's
 * heading, part (section kind) and prescribed item as context.
 *
 * Transparent and cheap: every cue of an aspect's lexicon (taxonomy.ts ASPECTS) found in the
 * passage adds its length (longer cues are more specific), once more when it is in the lead (up
 * to the first 。, where a passage states its point). Framing formulas ("以……为指导",
 * "按照……要求", the meeting's own name) are passing mentions and are removed before cues are
 * read. Context tips the balance between topics the text names but never makes one on its own:
 * a heading that names the aspect and the section's prescribed item add to its score. An aspect
 * counts when its score reaches a floor (higher in framing parts: 前言, 会议主持, 表态 …) and a
 * share of the best aspect's score; `general` when none does.
 *
 * The few numbers in PASSAGE_SETTINGS are the only thing fitted to labels: scripts/eval-topics.ts
 * fits them on some reports and scores on the others.
 */
import { ASPECTS, GENERAL_ASPECT, type AspectSlug, type SectionKindSlug } from '../taxonomy.ts';
import { squeeze } from './parse.ts';

export interface PassageInput {
  text: string;
  /** The section's heading. */
  heading: string;
  kind: SectionKindSlug;
  /** Aspects of the year's prescribed item the section answers, if any. */
  itemAspects?: readonly AspectSlug[];
}

export interface PassageSettings {
  /** Least score for an aspect to count. */
  floor: number;
  /** An aspect counts when its score is at least this share of the best one's. */
  ratio: number;
  /** A score that counts whatever the best one is: a long passage may discuss a second topic at length. */
  strong: number;
  /** Weight of the heading's cue score. */
  heading: number;
  /** Score a prescribed item adds to each of its aspects. */
  item: number;
  /** Weight of cue hits in the lead, on top of their count in the text. */
  lead: number;
  /** Extra floor in framing parts, where most passages are procedure. */
  framing: number;
  /**
   * A passage of at most this many characters (an item line such as “（二）担当意识不强。”) names its
   * topic in one word: any cue counts there, the floor does not apply.
   */
  short: number;
  /**
   * A lead of at most this many characters is the passage's title (“一是斗争意识有所弱化。” then the
   * elaboration): its strongest topic counts however the elaboration scores. 0: no title rule.
   */
  title: number;
}

export const PASSAGE_SETTINGS: PassageSettings = { floor: 3, ratio: 0.5, strong: 8, heading: 0, item: 4, lead: 0, framing: 8, short: 0, title: 24 };

/** Parts whose passages are mostly procedure and framing. */
const FRAMING_KINDS: ReadonlySet<SectionKindSlug> = new Set(['intro', 'procedure', 'response', 'meeting-info', 'summary', 'comment']);

/** Passing mentions: the guiding-thought and by-the-notice formulas every report opens with. */
const PASSING: [word: string, pattern: RegExp][] = [
  ['为', /以[^，。；]{0,40}?为(?:指导|引领|统领|主线|根本遵循)/gu],
  ['按照', /按照[^。；]{0,60}?(?:要求|部署|安排|通知|方案)/gu],
  ['围绕', /围绕[^，。；]{0,40}?(?:主题|总要求)/gu],
  ['主题', /“[^”]{20,}”(?:这一|的)?主题/gu],
  // The meeting's own name ("党史学习教育专题民主生活会") says what the meeting is, not what the passage is about.
  ['专题', /[^，。；、“”]{0,16}?专题(?:民主|组织)生活会/gu],
];

const TOPICS = ASPECTS.filter((a) => a.slug !== GENERAL_ASPECT);

/** The cues as a trie of character codes: from each position of a text, one walk finds every cue starting there. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Cues ending here: [cue id, aspect index, length]. */
  ends: [number, number, number][];
}

const TRIE = (() => {
  const root: TrieNode = { next: new Map(), ends: [] };
  let id = 0;
  TOPICS.forEach((t, aspect) => {
    for (const cue of t.cues) {
      let node = root;
      for (let i = 0; i < cue.length; i++) {
        const code = cue.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), ends: [] }));
        node = child;
      }
      node.ends.push([id++, aspect, cue.length]);
    }
  });
  return root;
})();

/** The trie's first level as an array by character code: the one lookup made at every position of every passage. */
const FIRST: (TrieNode | undefined)[] = Array.from({ length: 0x10000 }, (_, code) => TRIE.next.get(code));

/** Calls visit for each cue occurrence (a cue's own occurrences never overlap, as with indexOf). */
function scan(text: string, visit: (aspect: number, at: number, length: number) => void): void {
  let nextFree: Map<number, number> | undefined;
  for (let at = 0; at < text.length; at++) {
    let node = FIRST[text.charCodeAt(at)];
    for (let i = at + 1; node; i++) {
      for (const [id, aspect, length] of node.ends) {
        if (at < (nextFree?.get(id) ?? 0)) continue;
        (nextFree ??= new Map()).set(id, at + length);
        visit(aspect, at, length);
      }
      node = i < text.length ? node.next.get(text.charCodeAt(i)) : undefined;
    }
  }
}

/** Scores by aspect index → by slug, in taxonomy order, without the zeros. */
function bySlug(scores: readonly number[]): Map<AspectSlug, number> {
  const map = new Map<AspectSlug, number>();
  scores.forEach((score, i) => score > 0 && map.set(TOPICS[i].slug, score));
  return map;
}

const zeros = () => TOPICS.map(() => 0);

/** Per aspect: the sum of the lengths of its cues found in the text. */
export function cueScores(text: string): Map<AspectSlug, number> {
  const scores = zeros();
  scan(text, (aspect, _at, length) => (scores[aspect] += length));
  return bySlug(scores);
}

export function withoutPassingMentions(text: string): string {
  // Each formula has a word it cannot do without; most passages have none of them.
  return PASSING.reduce((t, [word, pattern]) => (t.includes(word) ? t.replace(pattern, '，') : t), text);
}

/** What the settings weigh: cue scores of the text, of its lead and of the heading. */
export interface Evidence {
  own: Map<AspectSlug, number>;
  lead: Map<AspectSlug, number>;
  heading: Map<AspectSlug, number>;
  kind: SectionKindSlug;
  itemAspects?: readonly AspectSlug[];
  /** Characters of the passage (after passing mentions are removed). */
  length: number;
  /** Characters of its lead (up to the first 。；！？) and the lead's strongest topic. */
  leadLength: number;
  leadTopic?: AspectSlug;
  /** A passage that lists points ("一是……。二是……。"): each point's strongest aspect. */
  points: AspectSlug[];
}

/** Where the points of a passage that enumerates them start; [] when it lists fewer than two. */
function pointStarts(text: string): number[] {
  const starts = [...text.matchAll(/[一二三四五六七八九十]是/gu)].map((m) => m.index);
  return starts.length >= 2 ? starts : [];
}

/** The aspect with the highest score (the first in taxonomy order of equals). */
function strongest(scores: readonly number[]): AspectSlug | undefined {
  let best = -1;
  scores.forEach((score, i) => {
    if (score > 0 && (best === -1 || score > scores[best])) best = i;
  });
  return best === -1 ? undefined : TOPICS[best].slug;
}

/** One pass over the passage gives its score, its lead's (up to the first 。) and each listed point's. */
export function evidenceOf(input: PassageInput): Evidence {
  const body = withoutPassingMentions(squeeze(input.text));
  const leadEnd = /^[^。；！？]*/u.exec(body)![0].length;
  const starts = pointStarts(body);
  const own = zeros();
  const lead = zeros();
  const points = starts.map(zeros);
  scan(body, (aspect, at, length) => {
    own[aspect] += length;
    if (at + length <= leadEnd) lead[aspect] += length;
    // The point the cue lies wholly within, if any.
    let k = starts.length - 1;
    while (k >= 0 && starts[k] > at) k--;
    if (k >= 0 && at + length <= (starts[k + 1] ?? body.length)) points[k][aspect] += length;
  });
  return {
    own: bySlug(own),
    lead: bySlug(lead),
    heading: cueScores(squeeze(input.heading)),
    kind: input.kind,
    length: body.length,
    leadLength: leadEnd,
    ...(strongest(lead) ? { leadTopic: strongest(lead) } : {}),
    points: points.flatMap((p) => strongest(p) ?? []),
    ...(input.itemAspects ? { itemAspects: input.itemAspects } : {}),
  };
}

/** The aspects the evidence supports, strongest first; [general] when no topic is strong enough. */
export function decide(evidence: Evidence, settings: PassageSettings = PASSAGE_SETTINGS): AspectSlug[] {
  const floor = (evidence.length <= settings.short ? 1 : settings.floor) + (FRAMING_KINDS.has(evidence.kind) ? settings.framing : 0);
  const scored = TOPICS.map((a) => {
    const text = (evidence.own.get(a.slug) ?? 0) + (evidence.lead.get(a.slug) ?? 0) * settings.lead;
    const context = (evidence.heading.get(a.slug) ?? 0) * settings.heading + (evidence.itemAspects?.includes(a.slug) ? settings.item : 0);
    return { slug: a.slug, text, score: text + (text > 0 ? context : 0) };
  })
    .filter((a) => a.text > 0 && a.score >= floor)
    .sort((a, b) => b.score - a.score);
  const chosen = scored.filter((a) => a.score >= scored[0].score * settings.ratio || a.score >= settings.strong).map((a) => a.slug);
  // Each listed point names its own topic, however short it is beside the others.
  const title = evidence.leadTopic && evidence.leadLength <= settings.title && evidence.leadLength < evidence.length ? [evidence.leadTopic] : [];
  const all = [...new Set([...chosen, ...title, ...evidence.points])];
  return all.length === 0 ? [GENERAL_ASPECT] : all.slice(0, 3);
}

/** The passage's own aspects, from its text in its context. */
export function classifyPassage(input: PassageInput, settings: PassageSettings = PASSAGE_SETTINGS): AspectSlug[] {
  return decide(evidenceOf(input), settings);
}

/**
 * A section's aspects: its prescribed item's, else the topics of its passages (most passages
 * first, at most three), else `general`.
 */
export function sectionAspects(passages: readonly (readonly AspectSlug[])[], itemAspects?: readonly AspectSlug[]): AspectSlug[] {
  if (itemAspects && itemAspects.length > 0) return [...itemAspects];
  const counts = new Map<AspectSlug, number>();
  for (const aspects of passages) for (const a of aspects) if (a !== GENERAL_ASPECT) counts.set(a, (counts.get(a) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([a]) => a);
  return ranked.length > 0 ? ranked.slice(0, 3) : [GENERAL_ASPECT];
}
