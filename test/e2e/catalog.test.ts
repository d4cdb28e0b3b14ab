import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { goTo, kpi } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the catalog e2e tests: ${missing}`);

const newer = fileURLToPath(new URL('../fixtures/litellm-newer.json', import.meta.url));
const newerDate = new Date(statSync(newer).mtimeMs).toISOString().slice(0, 10);
const shots = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));

const sourceBar = (page: Page) => page.locator('.cell-source');

/** What the selected cell holds, as the formula bar shows it (it follows the selection one render later: wait for both). */
async function contentOf(page: Page, ref: string): Promise<string> {
  await goTo(page, ref);
  await page.waitForFunction((wanted) => document.querySelector('.status-ref')?.textContent === wanted, ref);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.getByLabel('Formula').inputValue();
}

describe.skipIf(missing !== undefined)('the price catalog and the tokenizer lab, in a browser', () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    page = await session.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(session.url);
    await kpi(page, 'out.tco').waitFor();
  }, 60_000);

  it('shows where a template price comes from and as of when, beside the formula bar', async () => {
    await goTo(page, 'models.gpt_4o.input_per_m');
    await expect.poll(() => sourceBar(page).textContent()).toMatch(/LiteLLM model price table.*catalog entry gpt-4o.*as of 2026-07-24/);
  });

  it('picks Claude Sonnet 4 from the catalog into a new Models row, with its source and date', async () => {
    const models = page.getByRole('region', { name: 'Models' });
    await models.getByRole('button', { name: 'Pick a model…' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick a model from the price catalog' });
    await expect.poll(() => picker.textContent()).toContain('LiteLLM model price table, 2026-07-24');
    await picker.getByLabel('Fill').selectOption('');
    await picker.getByLabel('Search models by name or provider').fill('claude sonnet 4 2025');
    await picker.locator('[data-entry="claude-sonnet-4-20250514"]').waitFor();
    await page.screenshot({ path: `${shots}catalog-picker-en.png` });
    await picker.locator('[data-entry="claude-sonnet-4-20250514"]').click();
    await expect.poll(() => contentOf(page, 'models.claude_sonnet_4_20250514.output_per_m')).toBe('15');
    await expect.poll(() => sourceBar(page).textContent()).toMatch(/LiteLLM model price table.*catalog entry claude-sonnet-4-20250514.*as of 2026-07-24/);
    expect(await models.textContent()).toContain('claude-sonnet-4-20250514');
  });

  it('re-links an existing row to Qwen with the keyboard, and undoes it in one step', async () => {
    await goTo(page, 'models.gpt_4o.input_per_m');
    await page.getByRole('region', { name: 'Models' }).getByRole('button', { name: 'Pick a model…' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick a model from the price catalog' });
    expect(await picker.getByLabel('Fill').inputValue()).toBe('gpt_4o');
    const search = picker.getByLabel('Search models by name or provider');
    await search.fill('dashscope qwen max');
    await picker.locator('[data-entry="dashscope/qwen-max"]').waitFor();
    await search.press('Enter');
    await expect.poll(() => contentOf(page, 'models.gpt_4o.input_per_m')).toBe('1.6');
    expect(await contentOf(page, 'models.gpt_4o.cached_per_m')).toBe('1.6');
    await expect.poll(() => sourceBar(page).textContent()).toMatch(/no cached-input price: the input price.*catalog entry dashscope\/qwen-max/);
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => contentOf(page, 'models.gpt_4o.input_per_m')).toBe('2.5');
    expect(await contentOf(page, 'models.gpt_4o.cached_per_m')).toBe('1.25');
    await expect.poll(() => sourceBar(page).textContent()).toContain('catalog entry gpt-4o');
  });

  it('keeps the keyboard inside a picker, closes it on Escape and gives the keyboard back to the button that opened it', async () => {
    const opener = page.getByRole('region', { name: 'GPUs' }).getByRole('button', { name: 'Use a reference rate…' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Reference GPU rates' });
    await picker.waitFor();
    expect(await picker.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
    expect(await picker.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);
    expect(await opener.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('puts the AWS list price of an H100 into the GPUs grid, with its source', async () => {
    await goTo(page, 'gpus.h100_80gb.on_demand_hourly');
    await page.getByRole('region', { name: 'GPUs' }).getByRole('button', { name: 'Use a reference rate…' }).click();
    const picker = page.getByRole('dialog', { name: 'Reference GPU rates' });
    expect(await picker.getByLabel('Fill').inputValue()).toBe('h100_80gb');
    await picker.getByRole('button', { name: 'NVIDIA H100 80 GB' }).click();
    await expect.poll(() => contentOf(page, 'gpus.h100_80gb.on_demand_hourly')).toBe('6.88');
    await expect.poll(() => sourceBar(page).textContent()).toMatch(/AWS on-demand list price per GPU-hour, 2026.*as of 2026-07-24/);
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => contentOf(page, 'gpus.h100_80gb.on_demand_hourly')).toBe('5');
  });

  it('imports a newer price table, shows what changed old → new in %, and applies only the ticked prices', async () => {
    const models = page.getByRole('region', { name: 'Models' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), models.getByRole('button', { name: 'Import price table…' }).click()]);
    await chooser.setFiles(newer);
    const review = page.getByRole('dialog', { name: `Update prices: LiteLLM model price table of ${newerDate}` });
    await review.waitFor();
    const row = (ref: string) => review.locator(`[data-change="${ref}"]`);
    await expect.poll(() => row('models.gpt_4o.input_per_m').textContent()).toMatch(/GPT-4o · Input price.*gpt-4o.*2\.50.*2\.00.*-20(\.0)?%/);
    expect(await row('models.gpt_4o.cached_per_m').textContent()).toMatch(/1\.25.*1\.00.*-20(\.0)?%/);
    expect(await row('models.gpt_4o_mini.output_per_m').textContent()).toMatch(/0\.6.*0\.48.*-20(\.0)?%/);
    expect(await review.textContent()).toContain('not in this table');
    await page.screenshot({ path: `${shots}price-review-en.png` });
    await row('models.gpt_4o_mini.output_per_m').getByRole('checkbox').uncheck();
    await review.getByRole('button', { name: 'Apply ticked prices' }).click();
    await expect.poll(() => contentOf(page, 'models.gpt_4o.input_per_m')).toBe('2');
    await expect.poll(() => contentOf(page, 'models.gpt_4o_mini.output_per_m')).toBe('0.6');
    await goTo(page, 'models.gpt_4o.input_per_m');
    await expect.poll(() => sourceBar(page).textContent()).toContain(`as of ${newerDate}`);
    // The table is kept: the picker now reads it, with its date.
    await models.getByRole('button', { name: 'Pick a model…' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick a model from the price catalog' });
    await expect.poll(() => picker.textContent()).toContain(`LiteLLM model price table, ${newerDate} · 5 models`);
    await picker.getByRole('button', { name: 'Cancel' }).click();
    // One step: a single undo restores every applied price.
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => contentOf(page, 'models.gpt_4o.input_per_m')).toBe('2.5');
    expect(await contentOf(page, 'models.gpt_4o.cached_per_m')).toBe('1.25');
  });

  it('keeps the imported table after a reload', async () => {
    await page.reload();
    await kpi(page, 'out.tco').waitFor();
    // The edits above were not saved: the app offers them back first.
    const discard = page.getByRole('dialog').getByRole('button', { name: 'Discard' });
    await discard.waitFor({ timeout: 3_000 }).then(() => discard.click(), () => undefined);
    await page.getByRole('region', { name: 'Models' }).getByRole('button', { name: 'Pick a model…' }).click();
    const picker = page.getByRole('dialog', { name: 'Pick a model from the price catalog' });
    await expect.poll(() => picker.textContent()).toContain(`LiteLLM model price table, ${newerDate}`);
    await picker.press('Escape');
  });

  it('goes back to the shipped price table on request, and keeps it after a reload', async () => {
    const open = async () => {
      await page.getByRole('region', { name: 'Models' }).getByRole('button', { name: 'Pick a model…' }).click();
      return page.getByRole('dialog', { name: 'Pick a model from the price catalog' });
    };
    const picker = await open();
    await picker.getByRole('button', { name: 'Use the shipped table' }).click();
    await expect.poll(() => picker.textContent()).toContain('LiteLLM model price table, 2026-07-24');
    expect(await picker.getByRole('button', { name: 'Use the shipped table' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Back to the shipped price table');
    await picker.press('Escape');
    await page.reload();
    await kpi(page, 'out.tco').waitFor();
    const again = await open();
    await expect.poll(() => again.textContent()).toContain('LiteLLM model price table, 2026-07-24');
    await again.press('Escape');
  });

  it('marks dated values stale past the chosen age, and hides the Source column on request', async () => {
    await goTo(page, 'models.gpt_4o.input_per_m');
    await sourceBar(page).getByRole('button', { name: /stale after 180 days/ }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('30');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.locator('[data-ref="models.gpt_4o.output_per_m"]').getAttribute('data-stale')).toBe('true');
    await expect.poll(() => sourceBar(page).textContent()).toContain('Stale');
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-ref="models.gpt_4o.output_per_m"]').getAttribute('data-stale')).toBe(null);
    const traffic = page.getByRole('region', { name: 'Traffic' });
    expect(await traffic.getByRole('columnheader', { name: 'Source' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Sources' }).click();
    await expect.poll(() => traffic.getByRole('columnheader', { name: 'Source' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Sources' }).click();
  });

  it('measures pasted Chinese text and writes the Qwen3 ratio into the zh row, with the measurement as its source', async () => {
    await page.getByRole('button', { name: 'Tokenizer Lab' }).click();
    const lab = page.getByRole('region', { name: 'Tokenizer lab' });
    await lab.getByLabel('Language row').selectOption('zh');
    await lab.getByLabel('Text to measure').fill('今天我们来算一算，一个中文请求到底要花多少个词元。大模型按词元收费，中文和英文的比例并不一样，所以要自己测量。');
    for (const name of ['o200k_base', 'cl100k_base', 'deepseek_v3', 'llama3', 'gemma3']) await lab.getByRole('checkbox', { name }).uncheck();
    await lab.getByRole('button', { name: 'Measure' }).click();
    const qwen = lab.locator('[data-tokenizer="qwen3"]');
    await qwen.waitFor({ timeout: 60_000 });
    expect(await lab.locator('.lab-counts').textContent()).toContain('55 characters');
    const perChar = Number(await qwen.locator('td').nth(2).textContent());
    expect(perChar).toBeGreaterThan(0.4);
    expect(perChar).toBeLessThan(1);
    await qwen.getByRole('button', { name: 'Use this ratio' }).click();
    const tokens = Number(await qwen.locator('td').nth(1).textContent());
    // zh counts in characters: tokens per character, to 4 decimals.
    expect(Number(await contentOf(page, 'languages.zh.tokens_per_unit'))).toBe(Number((tokens / 55).toFixed(4)));
    const today = new Date().toISOString().slice(0, 10);
    await expect.poll(() => sourceBar(page).textContent()).toContain(`measured: 55 chars, tokenizer qwen3, ${today}`);
    await page.locator('body').click({ position: { x: 5, y: 990 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => contentOf(page, 'languages.zh.tokens_per_unit')).toBe('0.98');
  });

  it('counts a 10 MB file in the worker with progress, and stops on Cancel', async () => {
    const lab = page.getByRole('region', { name: 'Tokenizer lab' });
    for (const name of ['o200k_base', 'cl100k_base', 'deepseek_v3', 'llama3', 'gemma3']) await lab.getByRole('checkbox', { name }).check();
    const paragraph = '大模型按词元收费，中文和英文的比例并不一样。Tokens are billed per million, and ratios differ by language.\n';
    const big = paragraph.repeat(Math.ceil(10_000_000 / Buffer.byteLength(paragraph)));
    await lab.locator('input[type=file]').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await expect.poll(() => lab.textContent()).toContain('big.txt');
    await lab.getByRole('button', { name: 'Measure' }).click();
    const status = lab.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Counting with|Loading/);
    await expect.poll(async () => Number(await status.locator('progress').getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('Measuring cancelled');
    expect(await lab.getByRole('status').count()).toBe(0);
  }, 60_000);

  it('looks right in English and in Chinese (screenshots at 1600×1000)', async () => {
    const lab = page.getByRole('region', { name: 'Tokenizer lab' });
    await lab.getByRole('button', { name: 'Sample text' }).click();
    await lab.getByRole('button', { name: 'Measure' }).click();
    await lab.locator('[data-tokenizer="gemma3"]').waitFor({ timeout: 60_000 });
    await goTo(page, 'models.gpt_4o.input_per_m');
    await lab.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}tokenizer-lab-en.png` });
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.getByRole('region', { name: '分词实验室' }).count()).toBe(1);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${shots}tokenizer-lab-zh.png` });
    const models = page.getByRole('region', { name: '模型' });
    await models.scrollIntoViewIfNeeded();
    // The Source column is the last: scroll the grid sideways to it.
    await models.locator('.ag-body-horizontal-scroll-viewport').evaluate((element) => (element.scrollLeft = element.scrollWidth));
    await expect.poll(() => models.locator('[col-id="@source"]').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${shots}models-sources-zh.png` });
    await page.getByRole('button', { name: 'English' }).click();
  }, 90_000);
});
