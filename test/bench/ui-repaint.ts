import { existsSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../e2e/browser';
import { serveWebBuild } from '../e2e/web-server';

/**
 * Time from pressing Enter in the formula bar to the TCO figure showing the
 * new value, in headless Chromium on the web build (median of `runs`).
 * Undefined when Chromium is not installed.
 */
export async function uiRepaintMs(runs = 25): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const server = await serveWebBuild();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.locator('[data-kpi="out.tco"]').waitFor();
    const box = page.getByLabel('Cell reference');
    await box.fill('traffic.requests_per_day');
    await box.press('Enter');
    await page.getByLabel('Formula').click();
    const times = await page.evaluate(async (count) => {
      const bar = document.querySelector<HTMLInputElement>('input[aria-label="Formula"]')!;
      const tco = document.querySelector('[data-kpi="out.tco"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const results: number[] = [];
      for (let i = 0; i < count; i++) {
        setValue.call(bar, String(10000 + i + 1));
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
    }, runs);
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
    await server.close();
  }
}
