/**
 * Measuring passage aspects against a labelled set: per-aspect and micro-averaged precision,
 * recall and F1, cross-validated by report (cue counts and settings fitted on the other reports,
 * scored on one).
 */
import { plainText } from '../entry/placeholders.ts';
import type { ReportEntry } from '../entry/schema.ts';
import { countCues, cueWeights, decide, hitsOf, weigh, type Evidence, type Hits, type PassageInput, type PassageSettings } from '../ingest/passage-aspects.ts';
import { prescribedItemOf } from '../taxonomy.ts';

export interface Labelled {
  report: string;
  text: string;
  aspects: readonly string[];
}

export interface Case {
  report: string;
  input: PassageInput;
  /** The input's cues, found once: fitting only re-weighs them. */
  hits: Hits;
  gold: readonly string[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Per-aspect counts and scores over (predicted, gold) pairs, plus the micro average under "micro". */
export function scoreAspects(pairs: readonly { predicted: readonly string[]; gold: readonly string[] }[]): Map<string, Score> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const at = (a: string) => counts.get(a) ?? counts.set(a, { tp: 0, fp: 0, fn: 0 }).get(a)!;
  for (const { predicted, gold } of pairs) {
    for (const a of predicted) at(a)[gold.includes(a) ? 'tp' : 'fp']++;
    for (const a of gold) if (!predicted.includes(a)) at(a).fn++;
  }
  const result = new Map([...counts].sort(([a], [b]) => a.localeCompare(b)).map(([a, c]) => [a, score(c.tp, c.fp, c.fn)]));
  const sum = (k: 'tp' | 'fp' | 'fn') => [...counts.values()].reduce((s, c) => s + c[k], 0);
  result.set('micro', score(sum('tp'), sum('fp'), sum('fn')));
  return result;
}

/** The labelled passages with the context ingest gives the classifier, matched to entries by their text. */
export function casesOf(entries: readonly ReportEntry[], labels: readonly Labelled[]): { cases: Case[]; unmatched: Labelled[] } {
  const byText = new Map<string, { report: string; input: PassageInput }>();
  for (const entry of entries) {
    const meta = new Map(entry.frontmatter.sections.map((s) => [s.id, s]));
    for (const section of entry.sections) {
      const m = meta.get(section.id)!;
      const itemAspects = m.item ? prescribedItemOf(entry.frontmatter.year, m.item)?.aspects : undefined;
      for (const p of section.passages) {
        byText.set(`${entry.id}\n${plainText(p.text)}`, {
          report: entry.id,
          input: { text: plainText(p.text), heading: plainText(section.heading), kind: m.kind, ...(itemAspects ? { itemAspects } : {}) },
        });
      }
    }
  }
  const cases: Case[] = [];
  const unmatched: Labelled[] = [];
  for (const label of labels) {
    const found = byText.get(`${label.report}\n${label.text}`);
    if (found) cases.push({ ...found, hits: hitsOf(found.input), gold: label.aspects });
    else unmatched.push(label);
  }
  return { cases, unmatched };
}

/** Every combination of the candidate values, in a fixed order. */
export function grid(candidates: { [K in keyof PassageSettings]: readonly number[] }): PassageSettings[] {
  let all: Partial<PassageSettings>[] = [{}];
  for (const key of Object.keys(candidates) as (keyof PassageSettings)[]) {
    all = all.flatMap((s) => candidates[key].map((v) => ({ ...s, [key]: v })));
  }
  return all as PassageSettings[];
}

/** Cue counts of these cases, as cue-counts.json stores them. */
export function countsOf(cases: readonly Case[]) {
  return countCues(cases.map((c) => ({ cues: c.hits.own.map((h) => h.id), gold: c.gold })));
}

/** A case weighed with the cue weights fitted on some cases. */
interface Weighed {
  evidence: Evidence;
  gold: readonly string[];
}

/** The cases weighed with cue weights counted on `training`. */
export function weighedBy(training: readonly Case[], cases: readonly Case[]): Weighed[] {
  const weights = cueWeights(countsOf(training));
  return cases.map((c) => ({ evidence: weigh(c.hits, weights), gold: c.gold }));
}

export function predict(cases: readonly Weighed[], settings?: PassageSettings) {
  return cases.map((c) => ({ predicted: decide(c.evidence, settings), gold: c.gold }));
}

/** The settings with the best micro F1 on these cases (the first of equals, so the result is deterministic). */
export function fit(cases: readonly Weighed[], candidates: readonly PassageSettings[]): PassageSettings {
  let best = candidates[0];
  let bestF1 = -1;
  for (const settings of candidates) {
    const f1 = scoreAspects(predict(cases, settings)).get('micro')!.f1;
    if (f1 > bestF1) [best, bestF1] = [settings, f1];
  }
  return best;
}

/**
 * Leave one report out: each report's passages are predicted with cue weights counted and settings
 * fitted on the other reports only.
 */
export function crossValidate(cases: readonly Case[], candidates: readonly PassageSettings[]) {
  const reports = [...new Set(cases.map((c) => c.report))].sort();
  const folds = reports.map((report) => {
    const training = cases.filter((c) => c.report !== report);
    const settings = fit(weighedBy(training, training), candidates);
    return {
      report,
      settings,
      pairs: predict(
        weighedBy(
          training,
          cases.filter((c) => c.report === report),
        ),
        settings,
      ),
    };
  });
  return { folds, scores: scoreAspects(folds.flatMap((f) => f.pairs)) };
}
