import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { serveWebBuild } from './web-server';

/** The web build served and a Chromium launched for one `describe` block. */
export interface BrowserSession {
  readonly browser: Browser;
  /** The address the web build is served at. */
  readonly url: string;
}

/**
 * Builds and serves the web UI and launches Chromium before the first test of
 * the `describe` block it is called in, and closes both after its last one.
 */
export function browserSession(): BrowserSession {
  let server: Awaited<ReturnType<typeof serveWebBuild>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveWebBuild();
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session starts before the first test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
