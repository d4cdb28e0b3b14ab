import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveWebBuild } from './web-server';

/**
 * Screenshots of the what-if features at 1600×1000 for the README, into
 * docs/images — or the folder given: `npx tsx test/e2e/whatif-screenshots.ts [DIR]`.
 * Each panel is set up in both languages; the README shows some in English,
 * the others in Chinese (`--all` keeps both of every panel). Not a test: run
 * it by hand after a visible change.
 */

const out = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'docs/images';
const all = process.argv.includes('--all');
const shown: Record<'en' | 'zh', readonly string[]> = { en: ['compare', 'goal-seek', 'monte-carlo'], zh: ['tornado', 'data-table'] };
mkdirSync(out, { recursive: true });

async function field(page: Page, name: string, value: string): Promise<void> {
  await page.getByRole('tabpanel').locator(`[data-field="${name}"]`).fill(value);
}

async function shoot(page: Page, lang: 'en' | 'zh'): Promise<void> {
  const snap = async (panel: string) => {
    if (all || shown[lang].includes(panel)) await page.screenshot({ path: `${out}/whatif-${panel}-${lang}.png` });
  };
  const words = lang === 'en'
    ? { add: 'Add scenario…', name: 'Scenario name', compare: 'Compare', tornado: 'Tornado', goal: 'Goal seek', table: 'Data table', mc: 'Monte Carlo', solve: 'Solve', compute: 'Compute', addRange: 'Add range', run: 'Run' }
    : { add: '添加情景…', name: '情景名称', compare: '情景对比', tornado: '龙卷风图', goal: '单变量求解', table: '数据表', mc: '蒙特卡洛', solve: '求解', compute: '计算', addRange: '添加区间', run: '运行' };
  const scenario = async (name: string, edits: Record<string, string>) => {
    await page.getByRole('button', { name: words.add }).click();
    await page.getByRole('dialog').getByLabel(words.name).fill(name);
    await page.keyboard.press('Enter');
    for (const [ref, value] of Object.entries(edits)) {
      await page.locator('[data-role="name-box"], input[aria-label="Cell reference"], input[aria-label="单元格引用"]').first().fill(ref);
      await page.keyboard.press('Enter');
      const bar = page.locator('.formula-bar input').first();
      await bar.fill(value);
      await bar.press('Enter');
    }
  };
  await scenario(lang === 'en' ? 'conservative' : '保守', { 'traffic.monthly_growth': '1%', 'biz.revenue_per_request': '0.003' });
  await page.locator('select').first().selectOption({ index: 0 });
  await scenario(lang === 'en' ? 'aggressive' : '激进', { 'traffic.requests_per_day': '40000', 'traffic.monthly_growth': '6%' });
  await page.locator('[data-command="view.whatIf"]').click();
  const tab = async (name: string) => {
    await page.getByRole('tab', { name }).click();
    await page.locator('main.grids').evaluate((main) => main.scrollTo(0, 0));
    await page.waitForTimeout(400);
  };
  await tab(words.compare);
  await snap('compare');
  await tab(words.tornado);
  await snap('tornado');
  await tab(words.goal);
  await field(page, 'vary', 'biz.value_monthly');
  await field(page, 'output', 'out.payback_month');
  await field(page, 'target', '24');
  await field(page, 'from', '0');
  await field(page, 'to', '40,000');
  await page.getByRole('button', { name: words.solve }).click();
  await snap('goal-seek');
  await tab(words.table);
  await field(page, 'second-ref', 'gpus.h100_80gb.on_demand_hourly');
  await field(page, 'output', 'out.tco_cloud');
  await page.getByRole('button', { name: words.compute }).click();
  await page.waitForTimeout(400);
  await snap('data-table');
  await tab(words.mc);
  for (const ref of ['traffic.requests_per_day', 'traffic.monthly_growth', 'biz.revenue_per_request']) {
    await field(page, 'range-ref', ref);
    await page.getByRole('button', { name: words.addRange }).click();
  }
  await page.getByRole('button', { name: words.run, exact: true }).click();
  await page.locator('[data-chart="monte-carlo-histogram"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(400);
  await snap('monte-carlo');
}

const server = await serveWebBuild();
const browser = await launchChromium();
try {
  for (const lang of ['en', 'zh'] as const) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(server.url);
    await page.locator('[data-kpi="out.tco"]').waitFor();
    if (lang === 'zh') await page.locator('[data-command="view.lang.zh"]').click();
    await shoot(page, lang);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
