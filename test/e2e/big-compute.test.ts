import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIG_ROOT, bigScenarioText, bigTco } from '../bench/big-scenarios';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { dropFile, goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the large-document e2e tests: ${missing}`);

/** The reliability issue's document: 100k formula cells and 600 months. */
const ROWS = 10_000;
const HORIZON = 600;

/** Its TCO, with the root input set to `seed` if given. */
const tcoOfFile = (seed?: number) => bigTco(ROWS, 10, { horizon: HORIZON, seed });

describe.skipIf(missing !== undefined)('a 100k-cell, 600-month document computes off the page', { timeout: 120_000 }, () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    page = await openWorkspace(session.browser, session.url, { width: 1600, height: 1000 });
  }, 90_000);

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
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value'), { timeout: 60_000 }).toBe(tcoOfFile());
    expect(await note.count()).toBe(0);
    expect(await page.locator('.kpi-panel').getAttribute('aria-busy')).toBeNull();
  });

  it('recomputes every cell and the key figures after an edit of the root input', async () => {
    await goTo(page, BIG_ROOT);
    await typeFormula(page, '2');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value'), { timeout: 60_000 }).toBe(tcoOfFile(2));
    await goTo(page, 'big.r9999.c10');
    await expect.poll(() => page.locator('[data-ref="big.r9999.c10"]').textContent()).not.toBe('');
  });
});
