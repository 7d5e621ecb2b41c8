/**
 * The last step of a build: gzip copies of the site's text files (see
 * lib/publish/precompress.ts). Registered after the search index, whose files it compresses too.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { precompress } from '../lib/publish/precompress.ts';

export default function precompressSite(): AstroIntegration {
  return {
    name: 'duizhao-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const { files, bytes, written } = await precompress(fileURLToPath(dir));
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
        // bench:build reads this line.
        logger.info(`precompressed ${files} files, ${mb(bytes)}: gzip ${mb(written.gz)}, in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      },
    },
  };
}
