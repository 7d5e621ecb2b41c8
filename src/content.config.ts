import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { brokenPassageRefs, passageKeys } from './lib/entry/passage-refs.ts';
import { settings } from './lib/settings.ts';
import { reportEntries } from './site/report-entries.ts';

// Report entries are read by src/site/report-entries.ts, not as a collection (see there).

/**
 * MDX files under <DUIZHAO_CONTENT>/<folder>: editorial pages live with the corpus they quote. A
 * library without the folder has none; a <Passage id> that names no passage of this library fails
 * its build, naming the file.
 */
function editorial(folder: string): Loader {
  const base = join(settings.content, folder);
  const files = glob({ pattern: '*.mdx', base });
  return {
    name: 'duizhao-editorial',
    load: async (context) => {
      if (!existsSync(base)) return context.store.clear();
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
