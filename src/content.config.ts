import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { reportDataSchema } from './lib/entry/schema.ts';
import { brokenPassageRefs, passageKeys } from './lib/entry/passage-refs.ts';
import { readEntries } from './lib/ingest/ingest-content.ts';
import { contentDir } from './lib/content-dir.ts';

let entries: ReturnType<typeof loadReportEntries> | undefined;
async function loadReportEntries() {
  const { entries, failures } = await readEntries(join(contentDir(), 'reports'));
  if (failures.length > 0) throw new Error(failures.map((f) => `${f.file}: ${f.message}`).join('\n'));
  return entries;
}
const reportEntries = () => (entries ??= loadReportEntries());

/** Report entries written by `npm run ingest`; an invalid entry fails the build naming file and field. */
const reports = defineCollection({
  loader: async () => (await reportEntries()).map((e) => ({ id: e.id, ...e.frontmatter, body: e.sections })),
  schema: reportDataSchema,
});

/** MDX files under content/<folder>; a <Passage id> that names no passage fails the build naming the file. */
function editorial(folder: string): Loader {
  const files = glob({ pattern: '*.mdx', base: join('content', folder) });
  return {
    name: 'duizhao-editorial',
    load: async (context) => {
      await files.load(context);
      const known = passageKeys(await reportEntries());
      for (const entry of context.store.values()) {
        const broken = brokenPassageRefs(entry.body ?? '', known);
        if (broken.length > 0) throw new Error(`${entry.filePath}: <Passage id="${broken.join('">, <Passage id="')}"> names no passage in the corpus`);
      }
    },
  };
}

const pages = defineCollection({
  loader: editorial('pages'),
  schema: z.object({ title: z.string(), description: z.string() }),
});

const aspectIntros = defineCollection({
  loader: editorial('aspect-intros'),
  schema: z.object({}),
});

export const collections = { reports, pages, aspectIntros };
