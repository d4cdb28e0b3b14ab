import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { referenceTemplate } from '../../models/templates';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the keyboard e2e tests: ${missing}`);

describe.skipIf(missing !== undefined)('the workspace from the keyboard', { timeout: 60_000 }, () => {
  const session = browserSession();
  let page: Page;

  /** The reference of the cell holding the keyboard, if a cell does. */
  const focusedRef = () => page.evaluate(() => document.activeElement?.closest('.ag-cell')?.querySelector('[data-ref]')?.getAttribute('data-ref') ?? null);
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  beforeEach(async () => {
    await page?.close();
    page = await openWorkspace(session.browser, session.url);
  });

  it('keeps the keyboard inside a dialog, closes it with Escape and gives the keyboard back', async () => {
    const add = page.getByRole('region', { name: 'Languages' }).getByRole('button', { name: 'Add row' });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focusedText());
      expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    expect(seen).toEqual(['OK', 'Cancel', '', 'OK']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await focusedText()).toBe('Add row');
  });

  it('gives the keyboard back to the cell after Enter in the formula bar, so arrows move on', async () => {
    await goTo(page, 'traffic.requests_per_day');
    await typeFormula(page, '20000');
    await expect.poll(focusedRef).toBe('traffic.requests_per_day');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('traffic.monthly_growth');
  });

  it('lets the key figures be reached with Tab, names them with their value, and goes to the cell on Enter', async () => {
    const tco = page.getByRole('button', { name: /^Total cost of ownership: / });
    const value = await kpi(page, 'out.tco').locator('.kpi-value').textContent();
    expect(await tco.getAttribute('aria-label')).toBe(`Total cost of ownership: ${value}`);
    await page.getByRole('radio', { name: 'Owned GPUs' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Total cost of ownership: /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('out.tco');
    await expect.poll(focusedRef).toBe('out.tco');
  });

  it('moves between the panes with F6 and Shift+F6, as in Excel: from a cell through the charts to the key figures, and back', async () => {
    const pane = () => page.evaluate(() => ['.toolbar', '.edit-line', 'nav.outline', 'main.grids', '.charts-panel', '.kpi-panel'].find((selector) => document.querySelector(selector)?.contains(document.activeElement)));
    await goTo(page, 'traffic.requests_per_day');
    await typeFormula(page, '20000');
    await expect.poll(focusedRef).toBe('traffic.requests_per_day');
    await page.keyboard.press('F6');
    expect(await pane()).toBe('.charts-panel');
    await page.keyboard.press('F6');
    expect(await pane()).toBe('.kpi-panel');
    await page.keyboard.press('F6');
    expect(await pane()).toBe('.toolbar');
    await page.keyboard.press('Shift+F6');
    expect(await pane()).toBe('.kpi-panel');
    // It lands on the first key figure, not on the Scenario select above it.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('kpi-value'))).toBe(true);
    await page.keyboard.press('Shift+F6');
    expect(await pane()).toBe('.charts-panel');
    await page.keyboard.press('Shift+F6');
    await expect.poll(focusedRef).toBe('traffic.requests_per_day');
  });

  it('shows why a cell or a key figure is an error in words, without a mouse', async () => {
    await goTo(page, 'biz.value_monthly');
    await typeFormula(page, '="ten" * 2');
    const status = page.locator('.status-error');
    await expect.poll(() => status.textContent()).toMatch(/^#VALUE! ./);
    const roi = kpi(page, 'out.roi');
    await expect.poll(() => roi.locator('.kpi-reason').textContent()).toMatch(/./);
    expect(await roi.locator('.kpi-value').getAttribute('aria-label')).toContain(await roi.locator('.kpi-reason').textContent() ?? 'no reason');
    await goTo(page, 'out.roi');
    await expect.poll(() => status.textContent()).toMatch(/^#VALUE! ./);
  });

  it('tells a toolbar button\'s shortcut on hover and to assistive technology, as the menu does', async () => {
    const save = page.getByRole('toolbar').getByRole('button', { name: 'Save', exact: true });
    expect([await save.getAttribute('title'), await save.getAttribute('aria-keyshortcuts')]).toEqual(['Save (Ctrl+S)', 'Control+S']);
  });

  it('lands on the outline\'s first grid with F6, not on its fold button', async () => {
    await page.getByLabel('Cell reference').focus();
    await page.keyboard.press('F6');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Calendar');
  });

  it('moves the keyboard to a grid from the outline', async () => {
    const link = page.getByRole('navigation', { name: 'Grids' }).getByRole('link', { name: 'GPUs' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedRef).toBe('gpus.a10g.on_demand_hourly');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('gpus.l40s.on_demand_hourly');
  });

  it('opens a recent file on Enter, not when an arrow key moves over it', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-keys-'));
    const files = ['first.tokencast', 'second.tokencast'].map((name) => path.join(folder, name));
    for (const file of files) writeFileSync(file, referenceTemplate.text);
    for (const file of files) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
      await chooser.setFiles(file);
      await expect.poll(() => page.title()).toBe(`${path.basename(file)} — Tokencast`);
    }
    await page.getByRole('button', { name: 'New' }).click();
    await expect.poll(() => page.title()).toBe('Untitled — Tokencast');
    await page.getByRole('button', { name: /^Recent/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe('second.tokencast');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText()).toBe('first.tokencast');
    await page.waitForTimeout(300);
    expect(await page.title()).toBe('Untitled — Tokencast');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.title()).toBe('first.tokencast — Tokencast');
  });
});
