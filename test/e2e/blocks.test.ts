import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserMissing } from './browser';
import { browserSession } from './browser-session';
import { cell, clipboardEvent, expected, goTo, kpi, openWorkspace, paste } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the block e2e tests: ${missing}`);

/** What a cleared cell holds as typed: 0 until the engine has blank cells, nothing after. */
const CLEARED = ['0', ''];

describe.skipIf(missing !== undefined)('blocks of cells, as in a spreadsheet', { timeout: 60_000 }, () => {
  const session = browserSession();
  let page: Page;

  /** What a cell holds as typed, read from the formula bar after going there. */
  const inputOf = async (ref: string) => {
    await goTo(page, ref);
    // The formula bar follows the selection one render later: wait for the selection, then for a frame.
    await page.waitForFunction((wanted) => document.querySelector('.status-ref')?.textContent === wanted, ref);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.getByLabel('Formula').inputValue();
  };
  const status = () => page.getByRole('status').textContent();
  /** Clicks a cell and waits until it is the selection (under load the click lands a moment later). */
  const selectCell = async (ref: string) => {
    await cell(page, ref).click();
    await page.waitForFunction((wanted) => document.querySelector('.status-ref')?.textContent === wanted, ref);
  };
  // Under load the second click can land before the first one is selected: wait for each, as a person would look.
  const selectBlock = async (from: string, to: string) => {
    await selectCell(from);
    await cell(page, to).click({ modifiers: ['Shift'] });
    await expect.poll(() => cell(page, to).getAttribute('class')).toContain('cell-selected');
  };

  beforeEach(async () => {
    await page?.close();
    page = await openWorkspace(session.browser, session.url);
  });

  it('clears a whole block with Delete, and one undo brings it back', async () => {
    await selectBlock('languages.en.share', 'languages.zh.tokens_per_unit');
    await page.keyboard.press('Delete');
    for (const ref of ['languages.en.share', 'languages.en.tokens_per_unit', 'languages.zh.share', 'languages.zh.tokens_per_unit']) {
      expect(CLEARED).toContain(await inputOf(ref));
    }
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => kpi(page, 'out.tco').getAttribute('data-value')).toBe(expected('out.tco'));
    expect(await inputOf('languages.zh.tokens_per_unit')).toBe('0.98');
  });

  it('clears with Backspace too, but leaves a text field its own Backspace', async () => {
    await selectBlock('prompt.system_tokens', 'prompt.context_tokens');
    await page.keyboard.press('Backspace');
    expect(CLEARED).toContain(await inputOf('prompt.context_tokens'));
    const box = page.getByLabel('Cell reference');
    await box.click();
    await box.fill('prompt.x');
    await box.press('Backspace');
    expect(await box.inputValue()).toBe('prompt.');
    expect(CLEARED).toContain(await inputOf('prompt.system_tokens'));
  });

  it('selects the whole grid with Ctrl+A', async () => {
    await selectCell('languages.ja.unit');
    await page.keyboard.press('Control+a');
    const copied = await clipboardEvent(page, 'copy');
    expect(copied.split('\n')).toHaveLength(4);
    expect(copied.split('\n')[0]!.split('\t')).toHaveLength(7);
    expect(copied.startsWith('0.6\t1.33\t60\t250\tword\t')).toBe(true);
  });

  it('cuts a block (Ctrl+X) and moves it on paste, as one undoable step', async () => {
    await selectBlock('languages.en.share', 'languages.en.tokens_per_unit');
    await page.keyboard.press('Control+x');
    await expect.poll(() => page.locator('.cell-cut').count()).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.cell-cut').count()).toBe(0);
    expect(await inputOf('languages.en.share')).toBe('0.6');
    await selectBlock('languages.en.share', 'languages.en.tokens_per_unit');
    const cut = await clipboardEvent(page, 'cut');
    expect(cut).toBe('0.6\t1.33');
    await selectCell('languages.es.share');
    await paste(page, cut);
    await expect.poll(status).toContain('the cut cells were cleared');
    expect(await inputOf('languages.es.share')).toBe('0.6');
    expect(await inputOf('languages.es.tokens_per_unit')).toBe('1.33');
    expect(CLEARED).toContain(await inputOf('languages.en.share'));
    expect(CLEARED).toContain(await inputOf('languages.en.tokens_per_unit'));
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await inputOf('languages.en.share')).toBe('0.6');
    expect(await inputOf('languages.es.share')).toBe('0.05');
  });

  it('asks before pasting a block taller than the table: cancel, what fits, or new rows', async () => {
    const block = '0.1\t2\n0.2\t3\n0.3\t4';
    const dialog = page.getByRole('dialog');
    await selectCell('languages.es.share');
    await paste(page, block);
    await expect.poll(() => dialog.textContent()).toContain('6 cells pasted at languages.es.share: 4 fall below the last row.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await inputOf('languages.es.share')).toBe('0.05');

    await selectCell('languages.es.share');
    await paste(page, block);
    await dialog.getByRole('button', { name: 'Paste what fits' }).click();
    await expect.poll(status).toBe('Pasted 2 cells; 4 cells did not fit and were left out');
    expect(await inputOf('languages.es.tokens_per_unit')).toBe('2');
    await page.getByRole('button', { name: 'Undo' }).click();

    await selectCell('languages.es.share');
    await paste(page, block);
    await dialog.getByRole('button', { name: 'Add 2 rows' }).click();
    await expect.poll(status).toBe('Pasted 6 cells; added 2 rows');
    expect(await inputOf('languages.row_6.tokens_per_unit')).toBe('4');
    expect(await inputOf('languages.row_6.weighted_input_tokens')).toBe('=row.share * row.input_units * row.tokens_per_unit');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => cell(page, 'languages.row_5.share').count()).toBe(0);
  });

  it('says what did not fit right of the last column, and offers no new rows there', async () => {
    await selectCell('prompt.system_tokens');
    await paste(page, '900\t1');
    await expect.poll(() => page.getByRole('dialog').getByRole('button').allTextContents()).toEqual(['Paste what fits', 'Cancel']);
    await page.getByRole('dialog').getByRole('button', { name: 'Paste what fits' }).click();
    await expect.poll(status).toBe('Pasted 1 cell; 1 cell did not fit and was left out');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('asks before replacing formulas, and can keep them', async () => {
    const dialog = page.getByRole('dialog');
    await selectBlock('languages.en.output_units', 'languages.en.unit');
    await selectCell('languages.en.output_units');
    await paste(page, '300\tword\t7');
    await expect.poll(() => dialog.textContent()).toContain('1 of the cells you are pasting over hold formulas');
    await dialog.getByRole('button', { name: 'Keep formulas' }).click();
    await expect.poll(status).toBe('Pasted 2 cells; kept 1 formula');
    expect(await inputOf('languages.en.weighted_input_tokens')).toBe('=row.share * row.input_units * row.tokens_per_unit');
    expect(await inputOf('languages.en.output_units')).toBe('300');

    await selectCell('languages.en.weighted_input_tokens');
    await paste(page, '7');
    await dialog.getByRole('button', { name: 'Replace them' }).click();
    expect(await inputOf('languages.en.weighted_input_tokens')).toBe('7');
  });

  it('clears a cell when an empty cell is pasted', async () => {
    await selectCell('languages.en.share');
    await paste(page, '\t2');
    expect(CLEARED).toContain(await inputOf('languages.en.share'));
    expect(await inputOf('languages.en.tokens_per_unit')).toBe('2');
  });
});
