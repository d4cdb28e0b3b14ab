import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { CHART_IDS } from '../../models/charts/chart-options';
import { launchChromium } from './browser';
import { serveWebBuild } from './web-server';

/**
 * The README's pictures of the workspace, of every chart and of the business
 * case, in English and Chinese, into docs/images — or the folder given:
 * `npm run screenshots [-- DIR]`. The workspace and the charts come from the
 * web build at 1600×1000; the business case is the page `tokencast export`
 * writes (the app prints the same page to PDF). Not a test: run it by hand
 * after a visible change, then look at every picture.
 */

const out = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'docs/images');
mkdirSync(out, { recursive: true });

async function workspaceAndCharts(browser: Browser, url: string, lang: 'en' | 'zh'): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.locator('[data-kpi="out.tco"]').waitFor();
  if (lang === 'zh') await page.locator('[data-command="view.lang.zh"]').click();
  await settled(page);
  await page.screenshot({ path: path.join(out, lang === 'en' ? 'workspace.png' : 'workspace-zh.png') });
  for (const id of CHART_IDS) {
    const chart = page.locator(`[data-chart="${id}"]`);
    await chart.scrollIntoViewIfNeeded();
    await settled(page);
    await chart.screenshot({ path: path.join(out, `chart-${id}-${lang}.png`) });
  }
  await page.close();
}

/** Fonts loaded and the charts' staggered redraws done. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
}

async function businessCase(browser: Browser, lang: 'en' | 'zh'): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tokencast-case-'));
  try {
    const run = spawnSync(process.execPath, ['bin/tokencast.js', 'export', '--out', folder, '--lang', lang], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`tokencast export failed: ${run.stderr}`);
    // A4 at 96 dpi: the page as it prints.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 2 });
    await page.goto(pathToFileURL(path.join(folder, 'business-case.html')).href);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(out, `business-case-${lang}.png`) });
    await page.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const server = await serveWebBuild();
const browser = await launchChromium();
try {
  for (const lang of ['en', 'zh'] as const) {
    await workspaceAndCharts(browser, server.url, lang);
    await businessCase(browser, lang);
  }
} finally {
  await browser.close();
  await server.close();
}
