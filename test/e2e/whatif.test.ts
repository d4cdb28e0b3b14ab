import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setCell } from '../../models/scenario';
import { browserMissing } from './browser';
import { expectedAfter } from './expected';
import { browserSession } from './browser-session';
import { goTo, kpi, openWorkspace, typeFormula } from './workspace-page';

const missing = browserMissing();
if (missing) console.warn(`skipping the what-if e2e tests: ${missing}`);

const kpiValue = (page: Page, ref: string) => kpi(page, ref).getAttribute('data-value');

async function newScenarioNamed(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add scenario…' }).click();
  await page.getByRole('dialog').getByLabel('Scenario name').fill(name);
  await page.keyboard.press('Enter');
}

async function openTab(page: Page, tab: string): Promise<void> {
  if ((await page.locator('[data-command="view.whatIf"]').getAttribute('aria-pressed')) !== 'true') await page.locator('[data-command="view.whatIf"]').click();
  await page.getByRole('tab', { name: tab }).click();
}

/** The template's value of `ref` with traffic at 40,000 a day, as the aggressive scenario has it. */
const aggressive = (ref: string) => expectedAfter(ref, (scenario) => setCell(scenario, 'traffic.requests_per_day', 40000));

describe.skipIf(missing !== undefined)('scenarios and what-if analysis, in a browser', () => {
  const session = browserSession();
  let page: Page;

  beforeAll(async () => {
    page = await openWorkspace(session.browser, session.url, { width: 1600, height: 1000 });
  }, 60_000);

  describe('making scenarios', () => {
    it('makes a scenario, and an edit in it changes the key figures and marks the cell', async () => {
      await newScenarioNamed(page, 'aggressive');
      await expect.poll(() => page.getByLabel('Scenario', { exact: true }).inputValue()).toBe('aggressive');
      await goTo(page, 'traffic.requests_per_day');
      await typeFormula(page, '40000');
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(aggressive('out.tco'));
      await expect.poll(() => page.locator('[data-ref="traffic.requests_per_day"]').getAttribute('data-scenario')).toBe('overridden');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Edits go to aggressive' }).textContent()).toContain('1 cell(s) differ');
    });

    it('shows the base unchanged when switched back, without the mark', async () => {
      await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Base' });
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(expectedAfter('out.tco'));
      await expect.poll(() => page.locator('[data-ref="traffic.requests_per_day"]').getAttribute('data-scenario')).toBe(null);
      await page.getByLabel('Scenario', { exact: true }).selectOption('aggressive');
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(aggressive('out.tco'));
    });

    it('resets a cell to the base, and undo brings the override back', async () => {
      await goTo(page, 'traffic.requests_per_day');
      await page.getByRole('button', { name: 'Reset cell to base' }).click();
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(expectedAfter('out.tco'));
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(aggressive('out.tco'));
    });

    it('makes a second scenario from the active one', async () => {
      await newScenarioNamed(page, 'slow growth');
      await goTo(page, 'traffic.monthly_growth');
      await typeFormula(page, '1%');
      const expected = expectedAfter('out.tco', (scenario) => {
        setCell(scenario, 'traffic.requests_per_day', 40000);
        setCell(scenario, 'traffic.monthly_growth', 0.01);
      });
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(expected);
    });

    it('sends a month typed in the month grid to the scenario, marked there and not in the base', async () => {
      await goTo(page, 'series.requests');
      await page.getByRole('button', { name: 'Month by Month' }).click();
      const months = page.getByRole('region', { name: 'Month by month' });
      const cell = months.locator('.ag-row[row-id="series.requests"] [col-id="m1"]');
      await cell.dblclick();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('3000');
      await page.keyboard.press('Enter');
      await expect.poll(() => cell.getAttribute('class')).toContain('month-overridden');
      await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Base' });
      await expect.poll(() => cell.getAttribute('class')).not.toContain('month-overridden');
      await expect.poll(() => kpiValue(page, 'out.tco')).toBe(expectedAfter('out.tco'));
      await page.getByRole('button', { name: 'Month by Month' }).click();
    });
  });

  describe('comparing', () => {
    it('shows each scenario’s key figures beside the base, with the difference', async () => {
      await openTab(page, 'Compare');
      const cell = (ref: string, scenario: string) => page.locator(`[data-compare="${ref}"][data-scenario="${scenario}"]`);
      await expect.poll(() => cell('out.tco', 'base').getAttribute('data-value')).toBe(expectedAfter('out.tco'));
      await expect.poll(() => cell('out.tco', 'aggressive').getAttribute('data-value')).toBe(aggressive('out.tco'));
      await expect.poll(() => cell('out.payback_month', 'aggressive').textContent()).toBe('month 11');
      await expect.poll(() => page.locator('[data-chart="compare-cumulative-net"]').getByRole('button', { name: 'SVG' }).isVisible()).toBe(true);
    });

    it('exports an overlay chart as SVG', async () => {
      const download = page.waitForEvent('download');
      await page.locator('[data-chart="compare-cumulative-net"]').getByRole('button', { name: 'SVG' }).click();
      expect((await download).suggestedFilename()).toBe('compare-cumulative-net.svg');
    });
  });

  describe('tornado', () => {
    it('ranks the inputs by their swing of the output, widest first', async () => {
      await page.getByLabel('Scenario', { exact: true }).selectOption({ label: 'Base' });
      await openTab(page, 'Tornado');
      const rows = page.locator('[data-tornado-row]');
      await expect.poll(() => rows.first().getAttribute('data-tornado-row')).toBe('calendar.horizon_months');
      const swings = (await rows.evaluateAll((all) => all.map((row) => Number(row.getAttribute('data-swing')))));
      expect(swings).toEqual([...swings].sort((a, b) => b - a));
    });

    it('follows another output', async () => {
      const output = page.getByRole('tabpanel').locator('[data-field="output"]');
      await output.fill('out.tco_cloud');
      await expect.poll(() => page.locator('[data-tornado-row]').first().getAttribute('data-tornado-row')).toBe('calendar.horizon_months');
      await expect.poll(() => page.locator('[data-chart="tornado"]').getAttribute('aria-label')).toBe('Sensitivity of TCO with rented GPUs');
    });

    it('goes to an input’s cell from its row', async () => {
      await page.locator('[data-tornado-row="biz.personnel_monthly"] button').click();
      await expect.poll(() => page.getByLabel('Cell reference').inputValue()).toBe('biz.personnel_monthly');
    });
  });

  describe('goal seek', () => {
    it('finds the month-24 payback and puts the answer into the cell', async () => {
      await openTab(page, 'Goal seek');
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="vary"]').fill('biz.value_monthly');
      await panel.locator('[data-field="output"]').fill('out.payback_month');
      await panel.locator('[data-field="target"]').fill('24');
      await panel.locator('[data-field="from"]').fill('0');
      await panel.locator('[data-field="to"]').fill('40,000');
      await panel.getByRole('button', { name: 'Solve' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Monthly value .* gives Payback month = month 24/);
      await panel.getByRole('button', { name: 'Use this value' }).click();
      await expect.poll(() => kpiValue(page, 'out.payback_month')).toBe('24');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => kpiValue(page, 'out.payback_month')).toBe('12');
    });

    it('says clearly when no input in the range reaches the target', async () => {
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="vary"]').fill('traffic.requests_per_day');
      await panel.locator('[data-field="output"]').fill('=out.tco_cloud - out.tco_api');
      await panel.locator('[data-field="target"]').fill('0');
      await panel.locator('[data-field="from"]').fill('1,000');
      await panel.locator('[data-field="to"]').fill('1,000,000');
      await panel.locator('[data-field="target"]').press('Enter');
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('No value of Requests per day (month 1) from 1,000 to 1,000,000 brings =out.tco_cloud - out.tco_api to 0.');
    });
  });

  describe('data table', () => {
    it('computes TCO by daily traffic, as a line and a table', async () => {
      await openTab(page, 'Data table');
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="first-from"]').fill('10,000');
      await panel.locator('[data-field="first-to"]').fill('40,000');
      await panel.locator('[data-field="first-steps"]').fill('4');
      await panel.getByRole('button', { name: 'Compute' }).click();
      const values = panel.locator('[data-sweep="out.tco"] td[data-value]');
      await expect.poll(() => values.count()).toBe(4);
      expect(await values.last().getAttribute('data-value')).toBe(aggressive('out.tco'));
      await expect.poll(() => panel.locator('[data-chart="data-table"]').isVisible()).toBe(true);
    });

    it('computes a heat map over two inputs', async () => {
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="second-ref"]').fill('gpus.h100_80gb.on_demand_hourly');
      await panel.locator('[data-field="output"]').fill('out.tco_cloud');
      await panel.getByRole('button', { name: 'Compute' }).click();
      await expect.poll(() => panel.locator('[data-sweep="out.tco_cloud"] td[data-value]').count()).toBe(4 * 5);
    });
  });

  describe('Monte Carlo', () => {
    it('saves a range in the document and runs a simulation to its percentiles', async () => {
      await openTab(page, 'Monte Carlo');
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="range-ref"]').fill('traffic.requests_per_day');
      await panel.getByRole('button', { name: 'Add range' }).click();
      await expect.poll(() => panel.locator('[data-range="traffic.requests_per_day"]').isVisible()).toBe(true);
      await panel.locator('[data-field="samples"]').fill('2000');
      await panel.getByRole('button', { name: 'Run' }).click();
      await expect.poll(() => panel.locator('[data-simulated="out.tco"]').getAttribute('data-p50'), { timeout: 15_000 }).not.toBe(null);
      const p50 = Number(await panel.locator('[data-simulated="out.tco"]').getAttribute('data-p50'));
      expect(Math.abs(p50 / Number(expectedAfter('out.tco')) - 1)).toBeLessThan(0.02);
      await expect.poll(() => panel.locator('[data-payback-chance]').getAttribute('data-payback-chance')).toBe('1');
      await expect.poll(() => panel.locator('[data-chart="monte-carlo-histogram"]').isVisible()).toBe(true);
    });

    it('shows the bounds of a percentage input as percentages, and keeps them so after leaving the field', async () => {
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="range-ref"]').fill('traffic.monthly_growth');
      await panel.getByRole('button', { name: 'Add range' }).click();
      const low = panel.locator('[data-range="traffic.monthly_growth"] input').first();
      await expect.poll(() => low.inputValue()).toMatch(/^\d+(\.\d+)?%$/);
      const shown = await low.inputValue();
      await low.focus();
      await low.press('Tab');
      expect(await low.inputValue()).toBe(shown);
    });

    it('shows progress while it runs, keeps the page responsive, and cancels', async () => {
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="samples"]').fill('1,000,000');
      await panel.getByRole('button', { name: 'Run' }).click();
      await expect.poll(async () => Number(await panel.locator('progress').getAttribute('value'))).toBeGreaterThan(0);
      // The worker computes; the page still answers a click and shows a cell.
      await goTo(page, 'biz.value_monthly');
      await expect.poll(() => page.getByLabel('Formula').inputValue()).toBe('40000');
      await panel.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => panel.getByRole('status').textContent()).toBe('Simulation cancelled.');
      await expect.poll(() => panel.locator('progress').count()).toBe(0);
    });

    it('reproduces the same percentiles with the same seed', async () => {
      const panel = page.getByRole('tabpanel');
      await panel.locator('[data-field="samples"]').fill('1000');
      const run = async () => {
        await panel.getByRole('button', { name: 'Run' }).click();
        await expect.poll(() => panel.locator('[data-simulated="out.tco"]').getAttribute('data-p50'), { timeout: 15_000 }).not.toBe(null);
        return panel.locator('[data-simulated="out.tco"]').getAttribute('data-p50');
      };
      const first = await run();
      await panel.locator('[data-field="seed"]').fill('1');
      expect(await run()).toBe(first);
    });
  });

  it('puts the scenarios compared and the tornado into the business case', async () => {
    await page.getByRole('button', { name: 'Export Business Case…' }).click();
    await expect.poll(() => page.locator('iframe').count()).toBe(1);
    const html = await page.locator('iframe').getAttribute('srcdoc');
    expect(html).toMatch(/<th>Key figure<\/th><th>Base<\/th><th>aggressive<\/th><th>slow growth<\/th>/);
    expect(html).toContain('id="tornado"');
  });

  it('speaks Chinese in the what-if panels', async () => {
    await page.locator('[data-command="view.lang.zh"]').click();
    await openTab(page, '情景对比');
    await expect.poll(() => page.getByRole('region', { name: '假设分析' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: '添加情景…' }).isVisible()).toBe(true);
    await page.locator('[data-command="view.lang.en"]').click();
  });
});
