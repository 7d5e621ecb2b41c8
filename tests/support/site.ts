/** One built site served on loopback and one Chromium for a browser test file. */
import { after, before } from 'node:test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveDist } from './static-server.ts';

export const OUTPUT = join(import.meta.dirname, '../output');

export function useSite(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  before(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    site = await serveDist();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return site!.url;
    },
  };
}
