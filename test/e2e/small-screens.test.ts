import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { cell, goTo, onScreen, openWorkspace } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the small-screen and accessibility e2e tests: ${missing}`);

/** Every value column of the widest grid of the template. */
const MODEL_COLUMNS = ['input_per_m', 'output_per_m', 'cached_per_m', 'batch_discount', 'traffic_share', 'call_cost', 'weighted_cost'];

describe.skipIf(missing !== undefined)('small screens and accessibility', { timeout: 60_000 }, () => {
  const session = browserSession();
  const shots = mkdtempSync(path.join(tmpdir(), 'tokencast-shots-'));

  /** The checks a window the size of a small laptop must pass. */
  async function fitsSmallScreen(page: Page, shot: string): Promise<void> {
    const outline = page.getByRole('navigation', { name: 'Grids' });
    expect(await outline.getByRole('button', { name: 'Show the list of grids' }).getAttribute('aria-expanded')).toBe('false');
    expect(await onScreen(page.locator('[data-kpi="out.tco"]'))).toBe(true);
    await goTo(page, 'models.gpt_4o.input_per_m');
    for (const column of MODEL_COLUMNS) expect(await onScreen(cell(page, `models.gpt_4o.${column}`)), column).toBe(true);
    await page.screenshot({ path: shot });
    const png = readFileSync(shot);
    const scale = await page.evaluate(() => window.devicePixelRatio);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280 * scale, 720 * scale]);
  }

  it('at 1280 × 720 folds the outline, keeps the key figures and every value column of a table in view', async () => {
    const page = await openWorkspace(session.browser, session.url, { width: 1280, height: 720 });
    await fitsSmallScreen(page, path.join(shots, 'workspace-1280x720.png'));
    const outline = page.getByRole('navigation', { name: 'Grids' });
    await outline.getByRole('button', { name: 'Show the list of grids' }).click();
    await expect.poll(() => outline.getByRole('link', { name: 'GPUs' }).isVisible()).toBe(true);
    await outline.getByRole('button', { name: 'Fold the list of grids' }).click();
    await expect.poll(() => outline.getByRole('link', { name: 'GPUs' }).isVisible()).toBe(false);
    await page.close();
  });

  it('at 1920 × 1080 and 150 % (1280 × 720 CSS pixels) does the same', async () => {
    const page = await openWorkspace(session.browser, session.url, { width: 1280, height: 720 }, 1.5);
    await fitsSmallScreen(page, path.join(shots, 'workspace-1920x1080-150.png'));
    await page.close();
  });

  it('has no accessibility violations that axe-core finds', async () => {
    const page = await openWorkspace(session.browser, session.url);
    const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    // Evaluated rather than added as a <script>: the page's CSP (rightly) refuses inline scripts.
    await page.evaluate(readFileSync(axe, 'utf8'));
    await goTo(page, 'languages.en.share');
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document);
      return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
