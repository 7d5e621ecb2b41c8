/**
 * What pages show of the similar wordings (similar.ts) of the library's passages. A passage shows
 * "相似表述 N" and a few links, the closest first, its exact copies as one link; a text with exact
 * copies has one shared page (/similar/<key>/) listing its copies and its closest other texts. In a
 * library where a paragraph recurs thousands of times, per-passage markup stays a few links.
 */
import { createHash } from 'node:crypto';
import type { PassageRecord } from '../view/library.ts';
import { passagePath, sitePath } from '../view/urls.ts';
import { similarIndex, similarOf, type SimilarIndex } from './similar.ts';

/** Links a passage carries inline at most (its exact copies count as one); the rest are on the shared page. */
export const INLINE = 2;
/** Copies a shared page lists at most (newest first: the library order). */
export const PAGE_COPIES = 100;

export interface SimilarLink {
  href: string;
  /** 相同 (an exact copy) or 近似87% (the bigram Dice). */
  label: string;
}

export interface PassageSimilar {
  /** Passages elsewhere that say nearly the same: exact copies and the copies of the closest texts. */
  total: number;
  /** The shared page of the passage's text, when it has exact copies. */
  page?: string;
  links: SimilarLink[];
}

export interface SimilarPage {
  key: string;
  /** The first copy (its text and where it is). */
  first: PassageRecord;
  copies: PassageRecord[];
  /** Copies beyond PAGE_COPIES, not listed. */
  more: number;
  near: { record: PassageRecord; score: number; copies: number; page?: string }[];
}

/** A text's shared page: the first 10 hex digits of its fingerprint's SHA-256 (stable across builds). */
export function similarKey(fingerprint: string): string {
  return createHash('sha256').update(fingerprint).digest('hex').slice(0, 10);
}

export function similarPagePath(key: string): string {
  return sitePath(`/similar/${key}/`);
}

const percent = (score: number) => `${Math.floor(score * 100)}%`;

export interface SimilarLibrary {
  index: SimilarIndex;
  /** What the passage shows, or undefined when nothing elsewhere says nearly the same. */
  of(reportId: string, passageId: string): PassageSimilar | undefined;
  /** The shared pages: one per text with exact copies. */
  pages(): SimilarPage[];
}

export function similarLibrary(records: readonly PassageRecord[]): SimilarLibrary {
  const index = similarIndex(records.map((r) => r.text));
  const position = new Map<string, Map<string, number>>();
  records.forEach((r, i) => {
    let report = position.get(r.reportId);
    if (!report) position.set(r.reportId, (report = new Map()));
    report.set(r.passageId, i);
  });
  const pageOf = (text: number) => (index.texts[text].passages.length > 1 ? similarPagePath(similarKey(index.texts[text].fingerprint)) : undefined);
  // Every copy of a text but its first shows the same: computed once per text (a synthetic library has thousands of copies each).
  const shown = new Map<number, PassageSimilar | undefined>();
  const view = (p: number): PassageSimilar | undefined => {
    const { entries, total } = similarOf(index, p);
    if (total === 0) return undefined;
    return {
      total,
      page: pageOf(index.textOf[p]),
      links: entries.slice(0, INLINE).map((e) => ({ href: passagePath(records[e.passage]), label: e.exact ? '相同' : `近似${percent(e.score)}` })),
    };
  };
  return {
    index,
    of(reportId, passageId) {
      const p = position.get(reportId)?.get(passageId);
      if (p === undefined) return undefined;
      const t = index.textOf[p];
      if (t < 0) return undefined;
      if (index.texts[t].passages[0] === p) return view(p);
      if (!shown.has(t)) shown.set(t, view(p));
      return shown.get(t);
    },
    pages() {
      return index.texts.flatMap((text, t) => {
        if (text.passages.length < 2) return [];
        return [
          {
            key: similarKey(text.fingerprint),
            first: records[text.passages[0]],
            copies: text.passages.slice(0, PAGE_COPIES).map((p) => records[p]),
            more: Math.max(0, text.passages.length - PAGE_COPIES),
            near: index.near[t].map((n) => ({
              record: records[index.texts[n.text].passages[0]],
              score: n.score,
              copies: index.texts[n.text].passages.length,
              page: pageOf(n.text),
            })),
          },
        ];
      });
    },
  };
}

export { percent as similarPercent };
