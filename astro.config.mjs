// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';
import precompressSite from './src/integrations/precompress.ts';
import { settings } from './src/lib/settings.ts';

/**
 * A build for publishing needs the address it is published at: canonical links and og:url name it.
 * @type {import("astro").AstroIntegration}
 */
const siteUrlCheck = {
  name: 'duizhao-site-url',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command === 'build' && !settings.siteSet)
        logger.warn('DUIZHAO_SITE is not set: pages carry no canonical link or og:url (set it to the address the site is published at)');
    },
  },
};

// Every setting comes from src/lib/settings.ts (environment variables, documented in the README).
export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: settings.out,
  build: { format: 'directory' },
  // Precompression runs last: after the search index is moved into the site.
  integrations: [mdx(), searchIndex(), siteUrlCheck, precompressSite()],
  // Every page carries a Content-Security-Policy: scripts only from this site or by Astro's hashes,
  // WebAssembly for Pagefind, no requests to any other origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
