import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIG_ROOT, bigScenarioText, bigTco } from '../bench/big-scenarios';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { cell, dropFile, goTo, kpi, onScreen, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the big-file e2e tests: ${missing}`);

/** The TCO of the generated 2,000 × 10 file, with the root input set to `seed` if given. */
const tcoOfFile = (seed?: number) => bigTco(2000, 10, { seed });

describe.skipIf(missing !== undefined)('a scenario with a 2,000 × 10 formula table', { timeout: 60_000 }, () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    page = await openWorkspace(session.browser, session.url, { width: 1600, height: 1000 });
  }, 90_000);

  it('opens the file dropped on the window', async () => {
    await dropFile(page, 'big.tokencast', bigScenarioText(2000, 10));
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value'), { timeout: 20_000 }).toBe(tcoOfFile());
  });

  it('draws only the rows on screen, not 2,000', async () => {
    await page.getByRole('region', { name: 'Big table (2000 × 10)' }).scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#grid-big .ag-row').count()).toBeGreaterThan(10);
    expect(await page.locator('#grid-big .ag-row').count()).toBeLessThan(120);
    expect(await cell(page, 'big.r1999.c1').count()).toBe(0);
  });

  it('jumps with the Name Box to a far row and column, draws the cell on screen and gives it the keyboard', async () => {
    await goTo(page, 'big.r1500.c10');
    await expect.poll(() => onScreen(cell(page, 'big.r1500.c10'))).toBe(true);
    // Whole, not half under the horizontal scrollbar's strip: the cell's own bottom edge takes a click.
    const box = (await cell(page, 'big.r1500.c10').boundingBox())!;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.ag-row')?.getAttribute('row-index'), { x: box.x + 10, y: box.y + box.height - 2 })).toBe('1500');
    expect(await page.evaluate(() => document.activeElement?.querySelector('[data-ref]')?.getAttribute('data-ref'))).toBe('big.r1500.c10');
    await expect.poll(() => onScreen(page.locator('#grid-big .ag-header-cell', { hasText: 'C10' }))).toBe(true);
  });

  it('at 1280 × 720 too, a jump right after opening gives the keyboard to the far cell, and arrows move from it', async () => {
    const small = await openWorkspace(session.browser, session.url, { width: 1280, height: 720 });
    try {
      await dropFile(small, 'big.tokencast', bigScenarioText(2000, 10));
      await expect.poll(() => kpi(small, 'out.tco').getAttribute('data-value'), { timeout: 20_000 }).toBe(tcoOfFile());
      await goTo(small, 'big.r1020.c3');
      await expect.poll(() => small.evaluate(() => document.activeElement?.querySelector('[data-ref]')?.getAttribute('data-ref'))).toBe('big.r1020.c3');
      for (let i = 0; i < 30; i++) await small.keyboard.press('ArrowUp');
      await expect.poll(() => small.getByLabel('Cell reference').inputValue()).toBe('big.r990.c3');
      await expect.poll(() => onScreen(cell(small, 'big.r990.c3'))).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('moves with the arrow keys and keeps the selected cell in view', async () => {
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('big.r1530.c9');
    await expect.poll(() => onScreen(cell(page, 'big.r1530.c9'))).toBe(true);
    expect(await onScreen(page.locator('#grid-big .ag-header-cell', { hasText: 'C9' }))).toBe(true);
  });

  it('recomputes the table and the key figures when the root input changes', async () => {
    await goTo(page, BIG_ROOT);
    await typeFormula(page, '2');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(tcoOfFile(2));
    await goTo(page, 'big.r1500.c1');
    await expect.poll(() => cell(page, 'big.r1500.c1').textContent()).toBe(String(2 * ((1500 % 7) + 1)));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(tcoOfFile());
  });
});
