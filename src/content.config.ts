import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { reportDataSchema } from './lib/entry/schema.ts';
import { readEntries } from './lib/ingest/ingest-content.ts';
import { contentDir } from './lib/content-dir.ts';

/** Report entries written by `npm run ingest`; an invalid entry fails the build naming file and field. */
const reports = defineCollection({
  loader: async () => {
    const { entries, failures } = await readEntries(join(contentDir(), 'reports'));
    if (failures.length > 0) throw new Error(failures.map((f) => `${f.file}: ${f.message}`).join('\n'));
    return entries.map((e) => ({ id: e.id, ...e.frontmatter, body: e.sections }));
  },
  schema: reportDataSchema,
});

export const collections = { reports };
