/**
 * Each passage's own aspects (1–3 topics, or `general` alone), from its text with its section's
 * heading, part (section kind) and prescribed item as context.
 *
 * Transparent and cheap: every cue of an aspect's lexicon (taxonomy.ts ASPECTS) found in the
 * passage adds its length (longer cues are more specific) times its weight, once more when it is
 * in the lead (up to the first 。, where a passage states its point). A cue's weight is how often
 * the labelled passages that contain it carry its aspect (cue-counts.json, smoothed towards a
 * prior: see cueWeight): a broad word such as 学习 or 落实 that labellers rarely took as the
 * passage's topic weighs less than 形式主义, which they always did. Framing formulas ("以……为指导",
 * "按照……要求", the meeting's own name) are passing mentions and are removed before cues are
 * read. Context tips the balance between topics the text names but never makes one on its own:
 * a heading that names the aspect and the section's prescribed item add to its score. An aspect
 * counts when its score reaches a floor (higher in framing parts: 前言, 会议主持, 表态 …) and a
 * share of the best aspect's score; `general` when none does.
 *
 * The few numbers in PASSAGE_SETTINGS and the cue counts are the only things fitted to labels:
 * scripts/eval-topics.ts fits both on some reports and scores on the others.
 */
import { ASPECTS, GENERAL_ASPECT, type AspectSlug, type SectionKindSlug } from '../taxonomy.ts';
import { z } from 'astro/zod';
import { squeeze } from './parse.ts';
import CUE_COUNTS from './cue-counts.json' with { type: 'json' };

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

export const PASSAGE_SETTINGS: PassageSettings = { floor: 3, ratio: 0.5, strong: 8, heading: 0, item: 2, lead: 0, framing: 0, short: 20, title: 24 };

/** Parts whose passages are mostly procedure and framing. */
const FRAMING_KINDS: ReadonlySet<SectionKindSlug> = new Set(['intro', 'procedure', 'response', 'meeting-info', 'summary', 'comment']);

/**
 * Parts that are framing by definition (DOMAIN.md: 会议主持, a purpose statement, "我虚心接受大家的批评意见"):
 * a report's 前言 lists what was studied and how the report was prepared, a chair's line announces
 * the agenda, a 表态 accepts the criticism. Whatever topics they name, they discuss none.
 */
const PREAMBLE_KINDS: ReadonlySet<SectionKindSlug> = new Set(['intro', 'procedure', 'response', 'meeting-info']);

/** Passing mentions: the guiding-thought and by-the-notice formulas every report opens with. */
const PASSING: [word: string, pattern: RegExp][] = [
  ['为', /以[^，。；]{0,40}?为(?:指导|引领|统领|主线|根本遵循)/gu],
  ['按照', /按照[^。；]{0,60}?(?:要求|部署|安排|通知|方案)/gu],
  ['围绕', /围绕[^，。；]{0,40}?(?:主题|总要求)/gu],
  ['主题', /“[^”]{20,}”(?:这一|的)?主题/gu],
  // The meeting's own name ("党史学习教育专题民主生活会") says what the meeting is, not what the passage is about.
  ['专题', /[^，。；、“”]{0,16}?专题(?:民主|组织)生活会/gu],
  // An agenda line ("下面，大会进行第三项议程：……作自我批评") announces what comes, it discusses nothing.
  ['议程', /[^。；]*议程[^。；]*/gu],
  // A status note counts earlier problems by the name of their part ("工作作风方面两项问题……已全部整改完毕").
  ['方面', /[^，。；、：]{0,10}方面[一二两三四五六七八九十\d]+(?:项|个|条)问题/gu],
];

const TOPICS = ASPECTS.filter((a) => a.slug !== GENERAL_ASPECT);

/** Every cue of every topic, numbered in taxonomy order (a cue of two aspects is two cues). */
export const CUES: readonly { key: string; cue: string; aspect: number }[] = TOPICS.flatMap((t, aspect) =>
  t.cues.map((cue: string) => ({ key: `${t.slug}:${cue}`, cue, aspect })),
);

/** The cues as a trie of character codes: from each position of a text, one walk finds every cue starting there. */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Ids (indexes in CUES) of the cues ending here. */
  ends: number[];
}

const TRIE = (() => {
  const root: TrieNode = { next: new Map(), ends: [] };
  CUES.forEach(({ cue }, id) => {
    let node = root;
    for (let i = 0; i < cue.length; i++) {
      const code = cue.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), ends: [] }));
      node = child;
    }
    node.ends.push(id);
  });
  return root;
})();

/** The trie's first level as an array by character code: the one lookup made at every position of every passage. */
const FIRST: (TrieNode | undefined)[] = Array.from({ length: 0x10000 }, (_, code) => TRIE.next.get(code));

/** Calls visit for each cue occurrence (a cue's own occurrences never overlap, as with indexOf). */
function scan(text: string, visit: (id: number, at: number) => void): void {
  let nextFree: Map<number, number> | undefined;
  for (let at = 0; at < text.length; at++) {
    let node = FIRST[text.charCodeAt(at)];
    for (let i = at + 1; node; i++) {
      for (const id of node.ends) {
        if (at < (nextFree?.get(id) ?? 0)) continue;
        (nextFree ??= new Map()).set(id, at + CUES[id].cue.length);
        visit(id, at);
      }
      node = i < text.length ? node.next.get(text.charCodeAt(i)) : undefined;
    }
  }
}

/**
 * How a cue's weight follows from the labelled passages that contain it: n of them, k labelled with
 * the cue's aspect. The weight is the smoothed share (k + STRENGTH·PRIOR) / (n + STRENGTH) over the
 * PRIOR, so a cue never seen weighs 1 (its length alone, as before any labels), a cue always taken
 * as the topic weighs up to 1/PRIOR and one never taken falls towards 0. STRENGTH is how many
 * passages the prior is worth: with few examples a cue keeps most of its prior.
 */
export const CUE_PRIOR = { share: 0.6, strength: 1 };

/** Per cue id: [passages that contain it, of those labelled with its aspect]. */
export type CueCounts = ReadonlyMap<string, readonly [n: number, k: number]>;

export function cueWeights(counts: CueCounts): Float64Array {
  const { share, strength } = CUE_PRIOR;
  return Float64Array.from(CUES, ({ key }) => {
    const [n, k] = counts.get(key) ?? [0, 0];
    return (k + strength * share) / (n + strength) / share;
  });
}

/** Counts of cues in labelled passages (each cue once a passage), as cue-counts.json stores them. */
export function countCues(labelled: readonly { cues: readonly number[]; gold: readonly string[] }[]): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const { cues, gold } of labelled) {
    for (const id of new Set(cues)) {
      const { key, aspect } = CUES[id];
      const c = counts.get(key) ?? counts.set(key, [0, 0]).get(key)!;
      c[0]++;
      if (gold.includes(TOPICS[aspect].slug)) c[1]++;
    }
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** The shipped weights: counted on every labelled passage (npm run eval:topics -- --write). */
/** cue-counts.json: "aspect:cue" → [passages that contain it, of those labelled with its aspect]. */
export const cueCountsSchema = z.record(z.string(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]));

export const CUE_WEIGHTS: Float64Array = cueWeights(new Map(Object.entries(cueCountsSchema.parse(CUE_COUNTS))));

/** Scores by aspect index → by slug, in taxonomy order, without the zeros. */
function bySlug(scores: readonly number[]): Map<AspectSlug, number> {
  const map = new Map<AspectSlug, number>();
  scores.forEach((score, i) => score > 0 && map.set(TOPICS[i].slug, score));
  return map;
}

const zeros = () => TOPICS.map(() => 0);

/** Per aspect: the weighted lengths of its cues found in the text. */
export function cueScores(text: string, weights: Float64Array = CUE_WEIGHTS): Map<AspectSlug, number> {
  const scores = zeros();
  scan(text, (id) => (scores[CUES[id].aspect] += CUES[id].cue.length * weights[id]));
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

/** Where each cue was found, before weighing: what fitting re-weighs without reading the text again. */
export interface Hits {
  /**
   * Cue ids found in the passage, with where (lead, the listed point it lies within or -1) and
   * whether it only qualifies another aspect's cue in its clause (QUALIFIERS).
   */
  own: { id: number; lead: boolean; point: number; qualifies: boolean }[];
  heading: number[];
  points: number;
  kind: SectionKindSlug;
  itemAspects?: readonly AspectSlug[];
  length: number;
  leadLength: number;
}

/**
 * Generic words the genre attaches to a topic ("学习贯彻……", "……落实不到位", "应对舆情的能力",
 * "深入学习的主动性不够"): in a clause that names another aspect's cue, they qualify that topic and
 * count for nothing; alone in their clause they are the topic ("能力不足", "主动性不强").
 */
const QUALIFIERS: ReadonlySet<string> = new Set(['学习', '落实', '推进', '推动', '主动', '主动性', '积极性', '能力', '水平', '素质', '发展']);

/** Clauses end at these marks (by character code: tested at every character of every passage). */
const CLAUSE_END: ReadonlySet<number> = new Set([...'，。；：、？！,;:'].map((c) => c.charCodeAt(0)));

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

/** One pass over the passage finds its cues, in its lead (up to the first 。) and in each listed point. */
export function hitsOf(input: PassageInput): Hits {
  const body = withoutPassingMentions(squeeze(input.text));
  const leadEnd = /^[^。；！？]*/u.exec(body)![0].length;
  const starts = pointStarts(body);
  const own: Hits['own'] = [];
  const clauses: number[] = [];
  let clause = 0;
  let scanned = 0;
  scan(body, (id, at) => {
    const end = at + CUES[id].cue.length;
    for (; scanned < at; scanned++) if (CLAUSE_END.has(body.charCodeAt(scanned))) clause++;
    clauses.push(clause);
    // The point the cue lies wholly within, if any.
    let k = starts.length - 1;
    while (k >= 0 && starts[k] > at) k--;
    own.push({ id, lead: end <= leadEnd, point: k >= 0 && end <= (starts[k + 1] ?? body.length) ? k : -1, qualifies: false });
  });
  own.forEach((hit, i) => {
    const { cue, aspect } = CUES[hit.id];
    if (!QUALIFIERS.has(cue)) return;
    hit.qualifies = own.some((o, j) => clauses[j] === clauses[i] && CUES[o.id].aspect !== aspect && !QUALIFIERS.has(CUES[o.id].cue));
  });
  const heading: number[] = [];
  scan(squeeze(input.heading), (id) => heading.push(id));
  return {
    own,
    heading,
    points: starts.length,
    kind: input.kind,
    length: body.length,
    leadLength: leadEnd,
    ...(input.itemAspects ? { itemAspects: input.itemAspects } : {}),
  };
}

/** The hits weighed: the scores decide reads. */
export function weigh(hits: Hits, weights: Float64Array = CUE_WEIGHTS): Evidence {
  const own = zeros();
  const lead = zeros();
  const heading = zeros();
  const points = Array.from({ length: hits.points }, zeros);
  for (const { id, lead: inLead, point, qualifies } of hits.own) {
    if (qualifies) continue;
    const { aspect, cue } = CUES[id];
    const score = cue.length * weights[id];
    own[aspect] += score;
    if (inLead) lead[aspect] += score;
    if (point >= 0) points[point][aspect] += score;
  }
  for (const id of hits.heading) heading[CUES[id].aspect] += CUES[id].cue.length * weights[id];
  const leadTopic = strongest(lead);
  return {
    own: bySlug(own),
    lead: bySlug(lead),
    heading: bySlug(heading),
    kind: hits.kind,
    length: hits.length,
    leadLength: hits.leadLength,
    ...(leadTopic ? { leadTopic } : {}),
    points: points.flatMap((p) => strongest(p) ?? []),
    ...(hits.itemAspects ? { itemAspects: hits.itemAspects } : {}),
  };
}

/** The passage's evidence with the shipped cue weights. */
export function evidenceOf(input: PassageInput, weights: Float64Array = CUE_WEIGHTS): Evidence {
  return weigh(hitsOf(input), weights);
}

/** The aspects the evidence supports, strongest first; [general] when no topic is strong enough. */
export function decide(evidence: Evidence, settings: PassageSettings = PASSAGE_SETTINGS): AspectSlug[] {
  if (PREAMBLE_KINDS.has(evidence.kind)) return [GENERAL_ASPECT];
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
export function classifyPassage(input: PassageInput, settings: PassageSettings = PASSAGE_SETTINGS, weights: Float64Array = CUE_WEIGHTS): AspectSlug[] {
  return decide(evidenceOf(input, weights), settings);
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
