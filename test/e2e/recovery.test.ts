import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceTemplate } from '../../models/templates';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { goTo, kpi, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the recovery e2e tests: ${missing}`);

interface StoredCopy {
  readonly id: string;
  readonly owner?: string;
  readonly text: string;
  readonly savedAtMs: number;
}

/** The recovery copies in the site's IndexedDB, as every tab of the browser sees them (none before the app made its database). */
function recoveryCopies(page: Page): Promise<StoredCopy[]> {
  return page.evaluate(() => new Promise<StoredCopy[]>((resolve, reject) => {
    const request = indexedDB.open('tokencast', 1);
    // Never create the app's database from here: it would lack the app's stores.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve([]);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('recovery')) return resolve([]);
      const all = db.transaction('recovery').objectStore('recovery').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as StoredCopy[]);
      };
      all.onerror = () => reject(all.error);
    };
  }));
}

/** Kills the page's renderer, as a crash would: no unload, no last write. */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // The answer never comes: the renderer is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await page.waitForEvent('crash');
}

describe.skipIf(missing !== undefined)('recovery of unsaved work, and recent files', { timeout: 60_000 }, () => {
  const session = browserSession();
  let context: BrowserContext;

  const open = async () => {
    const page = await context.newPage();
    await page.goto(session.url);
    await kpi(page, 'out.tco').waitFor();
    return page;
  };
  /** Waits long enough for any recovery offer to have appeared, then says whether one did. */
  const offered = async (page: Page) => {
    await page.waitForTimeout(1500);
    const dialog = page.getByRole('dialog');
    return (await dialog.count()) > 0 ? (await dialog.textContent()) ?? '' : '';
  };
  const edit = async (page: Page, value: string) => {
    await goTo(page, 'traffic.requests_per_day');
    await typeFormula(page, value);
  };
  const copyWritten = (page: Page, count = 1) => expect.poll(async () => (await recoveryCopies(page)).length, { timeout: 8000 }).toBe(count);

  beforeEach(async () => {
    context = await session.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  });

  afterEach(async () => {
    await context.close();
  });

  it('keeps steady typing: a crash loses at most the last few seconds', async () => {
    const page = await open();
    await goTo(page, 'traffic.requests_per_day');
    const bar = page.getByLabel('Formula');
    // A change every half second for seven seconds: a plain debounce would never write.
    for (let i = 1; i <= 14; i++) {
      await bar.fill(String(1000 + i));
      await bar.press('Enter');
      await page.waitForTimeout(500);
    }
    const copies = await recoveryCopies(page);
    expect(copies).toHaveLength(1);
    const kept = Number(/"requests_per_day"[\s\S]*?"value": (\d+)/.exec(copies[0]!.text)?.[1]);
    expect(kept).toBeGreaterThanOrEqual(1014 - 10);
    await crash(page);
    const next = await open();
    const offer = await offered(next);
    expect(offer).toContain('Unsaved work from a previous session');
    expect(offer).toContain('Untitled —');
    await next.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await goTo(next, 'traffic.requests_per_day');
    await expect.poll(async () => Number(await next.getByLabel('Formula').inputValue())).toBe(kept);
    // Untitled work comes back untitled, not under a made-up file name.
    expect(await next.locator('h1').textContent()).toBe('Untitled — Tokencast');
  });

  it('writes a copy when the page is closed before the quiet time is over', async () => {
    const page = await open();
    await edit(page, '4321');
    await page.close({ runBeforeUnload: true });
    const next = await open();
    expect(await offered(next)).toContain('Unsaved work from a previous session');
  });

  it('offers nothing after the work was saved', async () => {
    const page = await open();
    await edit(page, '4321');
    await copyWritten(page);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    await copyWritten(page, 0);
    await page.reload();
    expect(await offered(page)).toBe('');
  });

  it('offers nothing after New and Don\'t Save', async () => {
    const page = await open();
    await edit(page, '4321');
    await copyWritten(page);
    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Don\'t Save' }).click();
    await copyWritten(page, 0);
    await page.reload();
    expect(await offered(page)).toBe('');
  });

  it('offers nothing after undoing back to the saved state', async () => {
    const page = await open();
    await edit(page, '4321');
    await copyWritten(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await copyWritten(page, 0);
    await crash(page);
    const next = await open();
    expect(await offered(next)).toBe('');
  });

  it('never shows one tab another open tab\'s work, nor deletes it; offers it once that tab is gone', async () => {
    const first = await open();
    await edit(first, '1111');
    await copyWritten(first);
    const second = await open();
    expect(await offered(second)).toBe('');
    await edit(second, '2222');
    await copyWritten(second, 2);
    await crash(first);
    const third = await open();
    const offer = await offered(third);
    expect(offer).toContain('Unsaved work from a previous session');
    await third.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await goTo(third, 'traffic.requests_per_day');
    await expect.poll(() => third.getByLabel('Formula').inputValue()).toBe('1111');
    // The second tab's copy is still there, and still its own.
    expect((await recoveryCopies(third)).some((copy) => copy.text.includes('2222'))).toBe(true);
  });

  it('keeps a file that fails to open out of the recent files, and a good entry of the same name intact', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-recent-'));
    const good = path.join(folder, 'plan.tokencast');
    writeFileSync(good, referenceTemplate.text.replace('"value": 10000', '"value": 12345'));
    const page = await open();
    const pick = async (file: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
      await chooser.setFiles(file);
    };
    await pick(good);
    await expect.poll(() => page.title()).toBe('plan.tokencast — Tokencast');

    const brokenFolder = mkdtempSync(path.join(tmpdir(), 'tokencast-recent-'));
    const broken = path.join(brokenFolder, 'plan.tokencast');
    writeFileSync(broken, '{"app": "tokencast", "version": 1, ');
    await pick(broken);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Could not open plan.tokencast');
    const other = path.join(brokenFolder, 'other.tokencast');
    writeFileSync(other, 'not json');
    await pick(other);

    await page.getByRole('button', { name: 'New' }).click();
    await page.getByRole('button', { name: /^Recent/ }).click();
    expect(await page.locator('#recent-list button').allTextContents()).toEqual(['plan.tokencast']);
    await page.locator('#recent-list button', { hasText: 'plan.tokencast' }).click();
    await goTo(page, 'traffic.requests_per_day');
    await expect.poll(() => page.getByLabel('Formula').inputValue()).toBe('12345');
  });
});
