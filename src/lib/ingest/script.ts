/**
 * Traditional-character sources (區直機關, 「」 quotes): classified as their simplified form, with
 * OpenCC's maintained dictionaries (opencc-js), and shown as written. Simplified text passes through
 * the converter unchanged, so only a text the converter changes noticeably is read as traditional.
 */
import { Converter } from 'opencc-js/t2cn';
import type { ParsedDocument } from './parse.ts';

const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

/** Corner brackets are the traditional quotes: “” and ‘’ in simplified text. */
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function toSimplified(text: string): string {
  return traditionalToSimplified(text).replace(/[「」『』]/gu, (q) => QUOTES[q]);
}

/** Characters sampled to tell the script, and the share of Han characters that must change. */
const SAMPLE = 4000;
const TRADITIONAL_SHARE = 0.03;

export function isTraditional(text: string): boolean {
  const sample = [...text.slice(0, SAMPLE)];
  const converted = [...toSimplified(sample.join(''))];
  if (converted.length !== sample.length) return true;
  const han = sample.filter((c) => /\p{Script=Han}/u.test(c)).length;
  const changed = sample.filter((c, i) => c !== converted[i] && /\p{Script=Han}/u.test(c)).length;
  return han > 0 && changed / han >= TRADITIONAL_SHARE;
}

/** The document as classification reads it: simplified when the source is traditional, else itself. */
export function simplifiedForReading(doc: ParsedDocument): ParsedDocument {
  const text = [doc.title, ...doc.sections.flatMap((s) => [s.heading, ...s.passages])].join('\n');
  if (!isTraditional(text)) return doc;
  return {
    title: toSimplified(doc.title),
    fields: doc.fields.map((f) => ({ key: toSimplified(f.key), value: toSimplified(f.value) })),
    agenda: doc.agenda.map(toSimplified),
    sections: doc.sections.map((s) => ({
      ...s,
      heading: toSimplified(s.heading),
      marker: toSimplified(s.marker),
      passages: s.passages.map(toSimplified),
      ...(s.speaker ? { speaker: toSimplified(s.speaker) } : {}),
    })),
  };
}
