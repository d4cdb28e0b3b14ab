import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../e2e/browser';
import { serveWebBuild } from '../e2e/web-server';

/** The web build served once and a Chromium to measure it in, for every UI benchmark. */
export interface UiSession {
  readonly url: string;
  readonly browser: Browser;
}

/** Builds and serves the web UI and launches Chromium around `work`; undefined when Chromium is not installed. */
export async function withUiSession<T>(work: (session: UiSession) => Promise<T>): Promise<T | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serveWebBuild();
  const browser = await launchChromium();
  try {
    return await work({ url: server.url, browser });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Median of a list of timings. */
export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
