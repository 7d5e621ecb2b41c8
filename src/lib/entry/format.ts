/**
 * Report entry files: YAML frontmatter + a Markdown body in which every heading and
 * passage ends with its permanent anchor, `{#id}`:
 *
 *   ## 一、存在的突出问题 {#s2}
 *   ### （一）理论学习方面。 {#s2-1}
 *   一是理论武装不够系统深入。…… {#s2-1-p1}
 *
 * The body is ours to parse (never rendered as Markdown or MDX), so source text that looks
 * like markup stays text. A passage that starts with `#` is escaped as `\#`.
 */
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { frontmatterSchema, type EntrySection, type Frontmatter, type ReportEntry } from './schema.ts';

export class EntryFormatError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

const ANCHORED = /^(.*?) ?\{#([a-z0-9-]+)\}$/u;
const HEADING = /^(#{2,6}) ?(.*)$/u;

export function serializeEntry(entry: ReportEntry): string {
  // Passage aspects take one line each ("s2-1-p1: [politics, theory]"): they are many and short.
  const { passages, ...rest } = entry.frontmatter;
  const yaml = dump(rest, { schema: CORE_SCHEMA, lineWidth: -1 }) + (passages ? dump({ passages }, { schema: CORE_SCHEMA, lineWidth: -1, flowLevel: 2 }) : '');
  const body: string[] = [];
  for (const section of entry.sections) {
    body.push(`${'#'.repeat(section.level + 1)} ${section.heading} {#${section.id}}`.replace(/ {2}\{/, ' {'), '');
    for (const passage of section.passages) {
      body.push(`${passage.text.startsWith('#') ? '\\' : ''}${passage.text} {#${passage.id}}`, '');
    }
  }
  return `---\n${yaml}---\n\n${body.join('\n')}`;
}

/** Frontmatter validated against the schema; errors name the file, the field and (given the YAML) its line. */
export function validateFrontmatter(data: unknown, file: string, yaml = ''): Frontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const lines = yaml.split('\n');
    // The line of the top-level field the problem is in (+1 for the opening ---).
    const lineOf = (key: PropertyKey | undefined) => {
      const at = key === undefined ? -1 : lines.findIndex((l) => l.startsWith(`${String(key)}:`));
      return at === -1 ? '' : `line ${at + 2}, `;
    };
    const problems = result.error.issues.map((issue) => `${lineOf(issue.path[0])}field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
    throw new EntryFormatError(file, `invalid frontmatter — ${problems.join('; ')}`);
  }
  return result.data;
}

export function parseEntry(text: string, file: string, id: string): ReportEntry {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) throw new EntryFormatError(file, 'missing YAML frontmatter between --- lines');
  let data: unknown;
  try {
    data = load(match[1], { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new EntryFormatError(file, `${mark ? `line ${mark.line + 2}: ` : ''}frontmatter is not valid YAML: ${reason}`);
  }
  const frontmatter = validateFrontmatter(data, file, match[1]);
  const sections: EntrySection[] = [];
  const bodyStart = match[1].split('\n').length + 3;
  match[2].split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + bodyStart;
    const anchored = ANCHORED.exec(line);
    if (!anchored) throw new EntryFormatError(file, `line ${lineNo}: no {#id} anchor at the end of the line`);
    const [, content, anchor] = anchored;
    const heading = HEADING.exec(content);
    if (heading && !content.startsWith('\\')) {
      sections.push({ id: anchor, level: heading[1].length - 1, heading: heading[2], passages: [] });
      return;
    }
    const section = sections[sections.length - 1];
    if (!section) throw new EntryFormatError(file, `line ${lineNo}: passage before the first heading`);
    section.passages.push({ id: anchor, text: content.startsWith('\\#') ? content.slice(1) : content });
  });
  const known = new Set(frontmatter.sections.map((s) => s.id));
  const missing = sections.filter((s) => !known.has(s.id)).map((s) => s.id);
  if (missing.length > 0) throw new EntryFormatError(file, `sections ${missing.join(', ')} have no entry in frontmatter "sections"`);
  const ids = [...sections.map((s) => s.id), ...sections.flatMap((s) => s.passages.map((p) => p.id))];
  const seen = new Set<string>();
  const duplicate = ids.find((x) => seen.size === seen.add(x).size);
  if (duplicate) throw new EntryFormatError(file, `anchor {#${duplicate}} is used twice`);
  return { id, frontmatter, sections };
}
