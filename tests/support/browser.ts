/** Debian's headless Chromium, driven by playwright-core (no browser download). */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Waits until the search page has finished the search for `query` (the test contract of /search/). */
export async function searchDone(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => {
    const c = document.querySelector<HTMLElement>('[data-testid="search-results"]');
    return c?.dataset.state === 'done' && c.dataset.query === q;
  }, query);
}
