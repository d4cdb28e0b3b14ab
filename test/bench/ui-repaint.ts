import type { Page } from 'playwright-core';
import { median, type UiSession } from './ui-session';

/**
 * Time from pressing Enter in the formula bar to the TCO figure showing the
 * new value, in headless Chromium on the web build (median of `runs`), with
 * whatever document the page holds; `ref` is the input edited.
 */
export async function uiRepaintMs({ url, browser }: UiSession, runs = 25): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page.locator('[data-kpi="out.tco"]').waitFor();
    return await formulaBarRepaintMs(page, 'traffic.requests_per_day', (i) => String(10000 + i + 1), runs);
  } finally {
    await page.close();
  }
}

/** Selects `ref` through the Name Box, then times Enter in the formula bar → TCO repainted, `runs` times with `value(i)`. */
export async function formulaBarRepaintMs(page: Page, ref: string, value: (i: number) => string, runs: number): Promise<number> {
  const box = page.getByLabel('Cell reference');
  await box.fill(ref);
  await box.press('Enter');
  await page.getByLabel('Formula').click();
  const values = Array.from({ length: runs }, (_, i) => value(i));
  const times = await page.evaluate(async (inputs) => {
    const bar = document.querySelector<HTMLInputElement>('input[aria-label="Formula"]')!;
    const tco = document.querySelector('[data-kpi="out.tco"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const results: number[] = [];
    for (const input of inputs) {
      bar.focus();
      setValue.call(bar, input);
      bar.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const before = tco.getAttribute('data-value');
      const start = performance.now();
      const repainted = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (tco.getAttribute('data-value') !== before) {
            observer.disconnect();
            requestAnimationFrame(() => resolve());
          }
        });
        observer.observe(tco, { attributes: true });
      });
      bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await repainted;
      results.push(performance.now() - start);
    }
    return results;
  }, values);
  return median(times);
}
