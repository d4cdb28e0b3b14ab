import type { Page } from 'playwright-core';
import { median, type UiSession } from './ui-session';

/** Medians of an edit's timings, from the Enter key. */
export interface EditTimes {
  /** To the frame that shows the new figure: what the person sees. */
  readonly repaintMs: number;
  /** To the new figure in the DOM: the app's own work, without waiting for a frame. */
  readonly commitMs: number;
}

/**
 * Pressing Enter in the formula bar on the template until the TCO figure
 * shows the new value, in headless Chromium on the web build (medians of `runs`).
 */
export async function uiRepaintMs({ url, browser }: UiSession, runs = 32): Promise<EditTimes> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page.locator('[data-kpi="out.tco"]').waitFor();
    return await formulaBarRepaintMs(page, 'traffic.requests_per_day', (i) => String(10000 + i + 1), runs);
  } finally {
    await page.close();
  }
}

/**
 * Selects `ref` through the Name Box, then times Enter in the formula bar →
 * TCO repainted, `runs` times with `value(i)`. A key press arrives at any
 * point of a frame, so the Enters are spread evenly over the 16 ms after a
 * frame's paint: each waits for the first frame after the app's work, as a
 * typed Enter does. (Pressing every Enter at the start of a frame, as this
 * once did, put a whole frame into every run: nothing could read under 16.7 ms.)
 */
export async function formulaBarRepaintMs(page: Page, ref: string, value: (i: number) => string, runs: number): Promise<EditTimes> {
  const box = page.getByLabel('Cell reference');
  await box.fill(ref);
  await box.press('Enter');
  await page.getByLabel('Formula').click();
  const values = Array.from({ length: runs }, (_, i) => value(i));
  const times = await page.evaluate(async (inputs) => {
    const bar = document.querySelector<HTMLInputElement>('input[aria-label="Formula"]')!;
    const tco = document.querySelector('[data-kpi="out.tco"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const repaints: number[] = [];
    const commits: number[] = [];
    for (const [i, input] of inputs.entries()) {
      bar.focus();
      setValue.call(bar, input);
      bar.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // After the frame's paint, then 0–15 ms into the frame.
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 16));
      const before = tco.getAttribute('data-value');
      const start = performance.now();
      const repainted = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (tco.getAttribute('data-value') !== before) {
            commits.push(performance.now() - start);
            observer.disconnect();
            requestAnimationFrame(() => resolve());
          }
        });
        observer.observe(tco, { attributes: true });
      });
      bar.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await repainted;
      repaints.push(performance.now() - start);
    }
    return { repaints, commits };
  }, values);
  return { repaintMs: median(times.repaints), commitMs: median(times.commits) };
}
