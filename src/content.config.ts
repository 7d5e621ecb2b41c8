import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { join } from 'node:path';
import { brokenPassageRefs, passageKeys } from './lib/entry/passage-refs.ts';
import { reportEntries } from './site/report-entries.ts';

// Report entries are read by src/site/report-entries.ts, not as a collection (see there).

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

export const collections = { pages, aspectIntros };
