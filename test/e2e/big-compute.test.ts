import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenarioEngine } from '../../models/scenario';
import { BIG_ROOT, bigScenario, bigScenarioText } from '../bench/big-scenarios';
import { browserMissing, launchChromium } from './browser';
import { serveWebBuild } from './web-server';
import { dropFile, goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the large-document e2e tests: ${missing}`);

/** The reliability issue's document: 100k formula cells and 600 months. */
const ROWS = 10_000;
const HORIZON = 600;

/** Its TCO, with the root input set to `seed` if given. */
function bigTco(seed?: number): string {
  const engine = createScenarioEngine(bigScenario(ROWS, 10, HORIZON));
  if (seed !== undefined) engine.set(BIG_ROOT, seed);
  return String(engine.get('out.tco'));
}

describe.skipIf(missing !== undefined)('a 100k-cell, 600-month document computes off the page', { timeout: 120_000 }, () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveWebBuild>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveWebBuild();
    browser = await launchChromium();
    page = await openWorkspace(browser, server.url, { width: 1600, height: 1000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('says it is calculating, and takes typing in the Name Box while it does', async () => {
    await dropFile(page, 'big.tokencast', bigScenarioText(ROWS, 10, HORIZON));
    const note = page.getByRole('progressbar');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toMatch(/^Calculating… \d+\.\d s$/);
    const box = page.getByLabel('Cell reference');
    await box.click();
    await box.pressSequentially('big.r9999');
    expect(await page.locator('.kpi-panel').getAttribute('aria-busy')).toBe('true');
    expect(await box.inputValue()).toBe('big.r9999');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value'), { timeout: 60_000 }).toBe(bigTco());
    expect(await note.count()).toBe(0);
    expect(await page.locator('.kpi-panel').getAttribute('aria-busy')).toBeNull();
  });

  it('recomputes every cell and the key figures after an edit of the root input', async () => {
    await goTo(page, BIG_ROOT);
    await typeFormula(page, '2');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value'), { timeout: 60_000 }).toBe(bigTco(2));
    await goTo(page, 'big.r9999.c10');
    await expect.poll(() => page.locator('[data-ref="big.r9999.c10"]').textContent()).not.toBe('');
  });
});
