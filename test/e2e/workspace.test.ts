import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addRow, setCell } from '../../models/scenario';
import type { Scenario } from '../../shared/scenario-schema';
import { browserMissing } from './browser';
import { referenceTemplate } from '../../models/templates';
import { expectedAfter } from './expected';
import { browserSession } from './browser-session';
import { dropFile, goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the workspace e2e tests: ${missing}`);

/** The engine's answer for the template with some cells changed: what the UI must show. */
function expected(ref: string, edits: Record<string, number | string> = {}): string {
  return expectedAfter(ref, (scenario) => {
    for (const [cell, input] of Object.entries(edits)) setCell(scenario, cell, input);
  });
}

describe.skipIf(missing !== undefined)('the workspace in a browser', () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    page = await openWorkspace(session.browser, session.url, { width: 1440, height: 900 });
  }, 60_000);

  it('opens with the reference template and its golden TCO', async () => {
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
    await expect.poll(() => kpi(page, 'out.payback_month').getAttribute('data-value')).toBe('12');
  });

  it('selects a cell through the Name Box and shows its content in the formula bar', async () => {
    await goTo(page, 'traffic.requests_per_day');
    await expect.poll(() => page.getByLabel('Formula').inputValue()).toBe('10000');
  });

  it('recomputes the TCO when a value is typed into the formula bar', async () => {
    await typeFormula(page, '20000');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco', { 'traffic.requests_per_day': 20000 }));
  });

  it('recomputes when a value is typed straight into a grid cell', async () => {
    await page.locator('[data-ref="prompt.system_tokens"]').click();
    await page.keyboard.type('900');
    await page.keyboard.press('Enter');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco', { 'traffic.requests_per_day': 20000, 'prompt.system_tokens': 900 }));
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  it('undoes the edit', async () => {
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
  });

  it('shows a choice by its label, and takes a label typed into its cell', async () => {
    const cell = page.locator('[data-ref="deploy.mode"]');
    await expect.poll(() => cell.textContent()).toBe('API');
    await goTo(page, 'deploy.mode');
    await typeFormula(page, 'owned gpus');
    await expect.poll(() => cell.textContent()).toBe('Owned GPUs');
    await expect.poll(() => page.getByRole('radio', { name: 'Owned GPUs' }).getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cell.textContent()).toBe('API');
  });

  it('moves TCO and payback when a GPU hourly rate changes in cloud mode', async () => {
    await page.getByRole('radio', { name: 'Rented GPUs' }).click();
    await expect.poll(() => kpi(page, 'out.payback_month').getAttribute('data-value')).toBe('22');
    await goTo(page, 'gpus.h100_80gb.on_demand_hourly');
    await typeFormula(page, '2');
    const edits = { 'deploy.mode': 'cloud', 'gpus.h100_80gb.on_demand_hourly': 2 };
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco', edits));
    await expect.poll(() => kpi(page, 'out.payback_month').getAttribute('data-value')).toBe(expected('out.payback_month', edits));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
  });

  it('pastes a block of cells from a spreadsheet as one undoable step', async () => {
    await page.locator('[data-ref="languages.en.share"]').click();
    // A paste goes where the selection is: wait until the click has moved it there, as a person sees it move.
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('languages.en.share');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '0.5\t2\n0.4\t1\n');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    const edits = { 'languages.en.share': 0.5, 'languages.en.tokens_per_unit': 2, 'languages.zh.share': 0.4, 'languages.zh.tokens_per_unit': 1 };
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco', edits));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
  });

  it('undoes and redoes from the keyboard (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)', async () => {
    const before = await kpi(page, 'out.tco').getAttribute('data-value');
    await goTo(page, 'prompt.context_tokens');
    await typeFormula(page, '3000');
    const after = await kpi(page, 'out.tco').getAttribute('data-value');
    await page.locator('[data-ref="prompt.context_tokens"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(after);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(after);
    await page.keyboard.press('Control+z');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(before);
  });

  it('asks before deleting a row that formulas use, then shows #REF! until undone', async () => {
    await goTo(page, 'gpus.h100_80gb.on_demand_hourly');
    await page.getByRole('region', { name: 'GPUs' }).getByRole('button', { name: 'Delete row' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain('1 formula(s) use it');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete row' }).click();
    await expect.poll(() => page.locator('[data-ref="selfhost.gpu_hourly"]').getAttribute('data-error')).toBe('#REF!');
    await expect.poll(() => kpi(page, 'out.tco_cloud').getAttribute('data-value')).toBe('error');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco_cloud').getAttribute('data-value')).toBe(expected('out.tco_cloud'));
  });

  it('refuses a formula that does not parse, keeping the text and saying why beside the bar', async () => {
    await goTo(page, 'biz.value_monthly');
    const bar = page.getByLabel('Formula');
    const stored = await bar.inputValue();
    await typeFormula(page, '=1 +');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'syntax error' }).textContent()).toBe('biz.value_monthly: syntax error: the formula ends too soon: something is missing after “1 +”');
    expect(await bar.inputValue()).toBe('=1 +');
    expect(await bar.getAttribute('aria-invalid')).toBe('true');
    expect(await kpi(page, 'out.roi').getAttribute('data-value')).toBe(expected('out.roi'));
    await bar.press('Escape');
    await expect.poll(() => bar.inputValue()).toBe(stored);
    await expect.poll(() => page.locator('#formula-problem').count()).toBe(0);
  });

  it('takes the formula once it is fixed', async () => {
    await typeFormula(page, '=1 +');
    await typeFormula(page, '=1 + 2');
    await expect.poll(() => kpi(page, 'out.roi').getAttribute('data-value')).toBe(expected('out.roi', { 'biz.value_monthly': '=1 + 2' }));
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.roi').getAttribute('data-value')).toBe(expected('out.roi'));
  });

  it('adds a language row that every output counts once it is filled, and renames it', async () => {
    const languages = page.getByRole('region', { name: 'Languages' });
    await languages.getByRole('button', { name: 'Add row' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('fr');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await goTo(page, 'languages.fr.share');
    await typeFormula(page, '0.1');
    await goTo(page, 'languages.fr.input_units');
    await typeFormula(page, '100');
    await goTo(page, 'languages.fr.tokens_per_unit');
    await typeFormula(page, '1.5');
    const french = (scenario: Scenario) => {
      addRow(scenario, 'languages', 'fr');
      for (const [ref, value] of Object.entries({ share: 0.1, input_units: 100, tokens_per_unit: 1.5 })) setCell(scenario, `languages.fr.${ref}`, value);
    };
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));

    await goTo(page, 'languages.fr.share');
    await languages.getByRole('button', { name: 'Rename row' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('french');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await goTo(page, 'languages.french.share');
    await expect.poll(() => page.getByLabel('Formula').inputValue()).toBe('0.1');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
  });

  it('saves the scenario and opens it again with the same numbers', async () => {
    const tco = await kpi(page, 'out.tco').getAttribute('data-value');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    const saved = await download.path();
    expect(readFileSync(saved, 'utf8')).toContain('"name": "french"');
    await page.getByRole('button', { name: 'New' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(saved);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(tco);
  });

  it('names the encoding of a UTF-16 file it cannot open, and keeps the document', async () => {
    const tco = await kpi(page, 'out.tco').getAttribute('data-value');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles({ name: 'plan.tokencast', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(referenceTemplate.text, 'utf16le')]) });
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Could not open the file: plan\.tokencast: the file is encoded as UTF-16 \(little-endian\)/);
    expect(await kpi(page, 'out.tco').getAttribute('data-value')).toBe(tco);
  });

  it('suggests references while a formula is typed', async () => {
    await goTo(page, 'biz.value_monthly');
    const bar = page.getByLabel('Formula');
    await bar.click();
    await bar.fill('=traffic.req');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first().textContent()).toBe('traffic.requests_per_day');
    await bar.press('Tab');
    await expect.poll(() => bar.inputValue()).toBe('=traffic.requests_per_day');
    await bar.press('Escape');
  });

  it('copies a shift-selected block as tab-separated values', async () => {
    await page.locator('[data-ref="languages.en.share"]').click();
    await page.locator('[data-ref="languages.zh.tokens_per_unit"]').click({ modifiers: ['Shift'] });
    // The block is selected once the click has landed: copy as soon as it is, not before.
    await expect.poll(() => page.evaluate(() => {
      const data = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true }));
      return data.getData('text/plain');
    })).toBe('0.6\t1.33\n0.3\t0.98');
  });

  it('offers to restore unsaved work after the page is reloaded (a crash)', async () => {
    await goTo(page, 'traffic.requests_per_day');
    await typeFormula(page, '12345');
    const tco = await kpi(page, 'out.tco').getAttribute('data-value');
    await page.waitForTimeout(2600);
    await page.reload();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(tco);
    await expect.poll(() => page.title()).toMatch(/^• /);
  });

  it('shows the five charts', async () => {
    for (const id of ['cost-breakdown', 'cumulative-net', 'deployment-tco', 'finetune-breakeven', 'tokens-by-language']) {
      await expect.poll(() => page.locator(`[data-chart="${id}"] svg`).count()).toBeGreaterThan(0);
    }
    await expect.poll(() => page.locator('[data-chart="cumulative-net"]').textContent()).toContain('Payback: month 12');
  });

  it('redraws the charts after an edit', async () => {
    await goTo(page, 'biz.value_monthly');
    const before = await kpi(page, 'out.payback_month').getAttribute('data-value');
    await typeFormula(page, '80000');
    await expect.poll(() => kpi(page, 'out.payback_month').getAttribute('data-value')).not.toBe(before);
    const after = await kpi(page, 'out.payback_month').getAttribute('data-value');
    await expect.poll(() => page.locator('[data-chart="cumulative-net"]').textContent()).toContain(`Payback: month ${after}`);
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  it('saves a chart as a 2x PNG and as SVG', async () => {
    const chart = page.locator('[data-chart="deployment-tco"]');
    const [png] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('deployment-tco.png');
    const bytes = readFileSync(await png.path());
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    const [svg] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'SVG' }).click()]);
    expect(readFileSync(await svg.path(), 'utf8')).toContain('Cumulative cost by deployment');
  });

  it('prepares the business case for printing to PDF (the five charts, and the tornado of the TCO)', async () => {
    await page.getByRole('button', { name: 'Export Business Case…' }).click();
    await expect.poll(() => page.locator('iframe').count()).toBe(1);
    const html = await page.locator('iframe').getAttribute('srcdoc');
    expect(html).toContain('Business case: Reference AI cost model');
    expect(html?.match(/<svg/g)).toHaveLength(6);
  });

  it('speaks Chinese after switching the language', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => kpi(page, 'out.tco').locator('dt').textContent()).toBe('总拥有成本');
    await page.getByRole('button', { name: 'English' }).click();
  });

  it('opens a file with a broken formula, shows it as an error in its cell and keeps the rest computing', async () => {
    const broken = JSON.parse(referenceTemplate.text) as { scenario: Scenario };
    setCell(broken.scenario, 'biz.value_monthly', '=1 +');
    await dropFile(page, 'broken.tokencast', JSON.stringify(broken));
    // The earlier tests left changes: set them aside, as a person would.
    await page.getByRole('dialog').getByRole('button', { name: 'Don\'t Save' }).click();
    await expect.poll(() => page.locator('[data-ref="biz.value_monthly"]').getAttribute('data-error')).toBe('#VALUE!');
    await expect.poll(() => kpi(page, 'out.roi').getAttribute('data-value')).toBe('error');
    expect(await kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
  });

  it('warns about a file that holds text where a number is expected, naming the cell', async () => {
    const wordy = JSON.parse(referenceTemplate.text) as { scenario: Scenario };
    setCell(wordy.scenario, 'traffic.requests_per_day', 'ten thousand');
    await dropFile(page, 'wordy.tokencast', JSON.stringify(wordy));
    await expect.poll(() => page.locator('[data-warning="traffic.requests_per_day"]').textContent())
      .toBe('Text where a number is expected (outputs that read it show #VALUE!): traffic.requests_per_day (“ten thousand”)');
  });
});
