/**
 * Traditional-character reports are found by simplified queries (issue 18): their passage
 * document carries the simplified form of each text that differs, and both forms are indexed
 * and verified. Build-time only: the converter's dictionaries never reach the browser.
 */
import { toSimplified } from '../ingest/script.ts';
import { textKeys, type SearchDoc } from './records.ts';

/**
 * Characters looked at to decide whether a report needs converting at all. Converting a sample
 * is cheap; converting every text of every report would cost seconds at 10,000 reports, and a
 * simplified text comes back unchanged anyway.
 */
const SAMPLE_CHARS = 2000;

/** The document, with `simplified` set when any of its texts reads differently in simplified characters. */
export function withSimplifiedForms(doc: SearchDoc): SearchDoc {
  const texts = textKeys(doc);
  const sample = texts
    .map(([, text]) => text)
    .join('\n')
    .slice(0, SAMPLE_CHARS);
  if (toSimplified(sample) === sample) return doc;
  const simplified: Record<string, string> = {};
  for (const [key, text] of texts) {
    const form = toSimplified(text);
    if (form !== text) simplified[key] = form;
  }
  return Object.keys(simplified).length > 0 ? { ...doc, simplified } : doc;
}
