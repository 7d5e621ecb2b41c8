/**
 * A source file's bytes → cleaned lines, by file type. Text files are decoded
 * (see decode.ts); .docx files are read one line per paragraph, numbered as Word shows them (docx.ts).
 */
import { docxLines } from './docx.ts';
import { cleanSource, type Cleaned } from './clean.ts';
import { decodeSource, type Encoding } from './decode.ts';
import { reflowLines } from './reflow.ts';

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.docx'] as const;

export class SourceError extends Error {}

export interface ReadSource {
  encoding: Encoding | 'docx';
  cleaned: Cleaned;
}

export function isSourceFile(name: string): boolean {
  return SOURCE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

export async function readSource(name: string, bytes: Uint8Array): Promise<ReadSource> {
  let text: string;
  let encoding: ReadSource['encoding'];
  if (name.toLowerCase().endsWith('.docx')) {
    try {
      text = (await docxLines(bytes)).join('\n');
    } catch (error) {
      throw new SourceError(`not a readable .docx file (${(error as Error).message.split('\n')[0]})`);
    }
    encoding = 'docx';
  } else {
    ({ text, encoding } = decodeSource(bytes));
  }
  const clean = cleanSource(text.replace(/\r\n?/g, '\n'));
  // Parsing and the coverage check read paragraphs: hard-wrapped lines joined, run-on structure split.
  const cleaned = { ...clean, lines: reflowLines(clean.lines) };
  if (cleaned.lines.every((line) => line.trim() === '')) throw new SourceError('empty: the file has no text');
  return { encoding, cleaned };
}
