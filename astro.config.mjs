// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.DUIZHAO_SITE || 'http://localhost:4321',
  trailingSlash: 'always',
  // DUIZHAO_OUT builds another corpus (DUIZHAO_CONTENT) beside the site's own dist/.
  outDir: process.env.DUIZHAO_OUT || 'dist',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
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
