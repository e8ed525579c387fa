import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Session } from './factories.js';
import { createTestApp, type TestApp } from './test-app.js';

// What every browser test stands on: the real server listening on a free
// port, Debian's Chromium (a test never downloads a browser), and a browser
// context for one person at the server's test clock, signed in by cookie.

/** Where browser tests leave files they make (uploads, screenshots). */
export const SHOTS = '.test-cache';

export type BrowserRig = {
  t: TestApp;
  browser: Browser;
  /** The server's address, e.g. http://127.0.0.1:40123. */
  base: string;
  /** A browser for one person: the server's (test) clock, a desktop screen unless given, signed in when a session is given. */
  contextFor(session: Session | null, viewport?: { width: number; height: number }): Promise<BrowserContext>;
  close(): Promise<void>;
};

export async function startBrowserRig(options: Parameters<typeof createTestApp>[0] = {}): Promise<BrowserRig> {
  const t = await createTestApp(options);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
  return {
    t,
    browser,
    base,
    async contextFor(session, viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport });
      await context.clock.setFixedTime(t.clock.now());
      if (session) {
        const [name, value] = session.cookie.split('=') as [string, string];
        await context.addCookies([{ name, value, url: base, httpOnly: true, sameSite: 'Strict' }]);
      }
      return context;
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** A new page that collects the page's uncaught errors into `errors` (a test asserts there were none). */
export async function openPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}
