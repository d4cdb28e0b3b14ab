import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addRow, deleteRow, setCell, setMonthOverride } from '../../models/scenario';
import type { Scenario } from '../../shared/scenario-schema';
import { browserMissing } from './browser';
import { expectedAfter } from './expected';
import { browserSession } from './browser-session';
import { goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the tables e2e tests: ${missing}`);

/** File → New, discarding unsaved changes. */
async function newScenario(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New' }).click();
  const dontSave = page.getByRole('dialog').getByRole('button', { name: "Don't Save" });
  await dontSave.waitFor({ timeout: 2_000 }).then(() => dontSave.click(), () => undefined);
}

async function addRowNamed(page: Page, grid: string, name: string): Promise<void> {
  await page.getByRole('region', { name: grid }).getByRole('button', { name: 'Add row' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
}

const french = (scenario: Scenario) => {
  addRow(scenario, 'languages', 'fr');
  for (const [column, value] of Object.entries({ share: 0.1, tokens_per_unit: 1.4, input_units: 60, output_units: 250 })) setCell(scenario, `languages.fr.${column}`, value);
  setCell(scenario, 'languages.en.share', 0.5);
};

const ramp = (scenario: Scenario) => {
  setMonthOverride(scenario, 'series.requests', 1, 3000);
  setMonthOverride(scenario, 'series.requests', 2, 30000);
  setMonthOverride(scenario, 'series.requests', 3, 150000);
};

describe.skipIf(missing !== undefined)('tables that grow, in a browser', () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    page = await openWorkspace(session.browser, session.url, { width: 1600, height: 1000 });
  }, 60_000);

  it('shows the last row of a five-row table whole, where scrollbars overlay (headless Chromium, macOS)', async () => {
    // Sections mount as they come into view.
    await page.locator('#grid-gpus').scrollIntoViewIfNeeded();
    const lastRow = page.locator('#grid-gpus .ag-row[row-index="4"]').last();
    await lastRow.scrollIntoViewIfNeeded();
    const box = (await lastRow.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.ag-row')?.getAttribute('row-index'), { x: box.x + 40, y: box.y + box.height - 3 });
    expect(hit).toBe(await lastRow.getAttribute('row-index'));
  });

  it('counts a new language in the key figures, the warning and the tokens chart once it is filled', async () => {
    await addRowNamed(page, 'Languages', 'fr');
    await goTo(page, 'languages.fr.share');
    await typeFormula(page, '10%');
    await expect.poll(() => page.getByRole('region', { name: 'Warnings' }).textContent()).toContain('Language shares sum to 110.0%, not 100%');
    for (const [column, value] of [['tokens_per_unit', '1.4'], ['input_units', '60'], ['output_units', '250']] as const) {
      await goTo(page, `languages.fr.${column}`);
      await typeFormula(page, value);
    }
    await goTo(page, 'languages.en.share');
    await typeFormula(page, '50%');
    await expect.poll(() => page.getByRole('region', { name: 'Warnings' }).count()).toBe(0);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
    await expect.poll(() => page.locator('[data-chart="tokens-by-language"]').textContent()).toContain('fr');
  });

  it('keeps a refused row name in the dialog, with the reason beside the field', async () => {
    await addRowNamed(page, 'Languages', 'fr');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('languages already has a row "fr"');
    expect(await dialog.getByRole('textbox').inputValue()).toBe('fr');
    expect(await dialog.getByRole('textbox').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('textbox').press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.locator('#grid-languages .ag-row').filter({ hasText: 'fr' }).count()).toBe(1);
  });

  it('refuses text typed into a numeric cell, naming the cell, and keeps it in the editor to fix', async () => {
    await goTo(page, 'languages.fr.input_units');
    await page.keyboard.type('12 apples');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('languages.fr.input_units expects a number');
    await expect.poll(() => page.locator('.ag-cell-inline-editing input').inputValue()).toBe('12 apples');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
  });

  it('hands text refused when the editor loses focus to the formula bar', async () => {
    await goTo(page, 'languages.fr.output_units');
    await page.keyboard.type('lots');
    await page.locator('[data-ref="languages.en.output_units"]').click();
    await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('languages.fr.output_units');
    await expect.poll(() => page.getByLabel('Formula').inputValue()).toBe('lots');
    await page.getByLabel('Formula').fill('250');
    await page.getByLabel('Formula').press('Enter');
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
  });

  it('marks a cell that overrides its column formula, and returns it to the column', async () => {
    await goTo(page, 'languages.fr.weighted_input_tokens');
    await expect.poll(() => page.getByText('ƒ Column formula').count()).toBe(1);
    await typeFormula(page, '20');
    await expect.poll(() => page.locator('[data-ref="languages.fr.weighted_input_tokens"]').getAttribute('data-override')).toBe('column');
    await page.getByRole('button', { name: 'Use column formula' }).click();
    await expect.poll(() => page.locator('[data-ref="languages.fr.weighted_input_tokens"]').getAttribute('data-override')).toBe(null);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
  });

  it('deletes a language without asking, and once the shares are fixed no cell shows an error', async () => {
    await goTo(page, 'languages.es.share');
    await page.getByRole('region', { name: 'Languages' }).getByRole('button', { name: 'Delete row' }).click();
    await expect.poll(() => page.locator('[data-ref^="languages.es."]').count()).toBe(0);
    await goTo(page, 'languages.en.share');
    await typeFormula(page, '55%');
    const edits = (scenario: Scenario) => {
      french(scenario);
      deleteRow(scenario, 'languages', 'es');
      setCell(scenario, 'languages.en.share', 0.55);
    };
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', edits));
    expect(await page.locator('[data-error]').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Warnings' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', french));
  });

  it('overrides three months of requests in the month grid, undoes, redoes, saves and reopens them', async () => {
    await newScenario(page);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco'));
    await goTo(page, 'series.requests');
    await page.getByRole('button', { name: 'Month by Month' }).click();
    const months = page.getByRole('region', { name: 'Month by month' });
    for (const [month, value] of [[1, '3000'], [2, '30,000'], [3, '150000']] as const) {
      const cell = months.locator(`.ag-row[row-id="series.requests"] [col-id="m${month}"]`);
      await cell.dblclick();
      await page.keyboard.press('Control+a');
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.getAttribute('class')).toContain('month-overridden');
    }
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', ramp));
    await expect.poll(() => kpi(page, 'out.payback_month').getAttribute('data-value')).toBe(expectedAfter('out.payback_month', ramp));
    await expect.poll(() => page.locator('[data-ref="series.requests"]').getAttribute('data-override')).toBe('months');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => months.locator('.month-overridden').count()).toBe(2);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => months.locator('.month-overridden').count()).toBe(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    const saved = await download.path();
    expect(JSON.parse(readFileSync(saved, 'utf8')).scenario.grids.find((g: { name: string }) => g.name === 'series').rows[0].overrides).toEqual({ 1: 3000, 2: 30000, 3: 150000 });
    await newScenario(page);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(saved);
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expectedAfter('out.tco', ramp));
    await expect.poll(() => months.locator('.month-overridden').count()).toBe(3);
  });

  it('clears an overridden month with Delete, back to the formula', async () => {
    const months = page.getByRole('region', { name: 'Month by month' });
    await months.locator('.ag-row[row-id="series.requests"] [col-id="m3"]').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => months.locator('.month-overridden').count()).toBe(2);
  });

  it('pastes a row of months from a spreadsheet as one step, and refuses a block that does not fit', async () => {
    const months = page.getByRole('region', { name: 'Month by month' });
    await months.locator('.ag-row[row-id="series.requests"] [col-id="m1"]').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '1000\t2000\t4000\t8000\n');
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => months.locator('.ag-row[row-id="series.requests"] .month-overridden').count()).toBe(4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => months.locator('.ag-row[row-id="series.requests"] .month-overridden').count()).toBe(2);

    await months.locator('.ag-row[row-id="series.requests"] [col-id="m1"]').click();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', Array.from({ length: 40 }, (_, i) => String(i)).join('\t'));
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await expect.poll(() => page.locator('.status-bar').textContent()).toContain('Nothing pasted: the block is 40 months wide');
  });

  it('exports the model to Excel as live formulas, overridden months as values', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to Excel…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const requests = book.getWorksheet('series')!.getSheetValues().find((row) => Array.isArray(row) && row[2] === 'series.requests') as unknown[];
    expect(requests[5]).toBe(3000);
    expect(requests[9]).toMatchObject({ formula: expect.stringContaining("'traffic'!$E$2") });
  });
});
