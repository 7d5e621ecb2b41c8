// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.DUIZHAO_SITE || 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
