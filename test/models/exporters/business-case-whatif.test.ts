import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../models/analysis';
import { businessCase, businessCaseHtml, caseComparison, caseWhatIf } from '../../../models/exporters';
import { addNamedScenario, cellCatalog } from '../../../models/scenario';
import { referenceEngine, referenceScenario } from '../templates/template-helpers';

function withAggressive() {
  const scenario = referenceScenario();
  addNamedScenario(scenario, 'aggressive', { cells: { 'traffic.requests_per_day': 40000 }, months: {} });
  return scenario;
}

describe('the business case with scenarios and sensitivity', () => {
  it('compares the key figures of the base and each scenario, with the change from the base', () => {
    const scenario = withAggressive();
    const comparison = caseComparison(compareScenarios(scenario), cellCatalog(scenario), 'en');
    expect(comparison.scenarios).toEqual(['Base', 'aggressive']);
    expect(comparison.rows.find((row) => row.ref === 'out.payback_month')).toMatchObject({ shown: ['month 12', 'month 11'], change: ['', '-8.3%'] });
  });

  it('adds the overlay charts and the tornado when the file has scenarios', () => {
    const scenario = withAggressive();
    const whatIf = caseWhatIf(scenario, referenceEngine(), cellCatalog(scenario), 'en');
    expect(whatIf.charts.map((chart) => chart.id)).toEqual(['compare-cumulative-net', 'compare-total-cost', 'tornado']);
  });

  it('ranks the assumptions in the tornado, not the calendar the plan is framed by', () => {
    const whatIf = caseWhatIf(referenceScenario(), referenceEngine(), cellCatalog(referenceScenario()), 'en');
    expect(whatIf.charts[0]!.svg).toContain('Personnel');
    expect(whatIf.charts[0]!.svg).not.toContain('Planning horizon');
  });

  it('adds only the tornado without scenarios, and puts the engine back', () => {
    const engine = referenceEngine();
    const before = engine.get('out.tco');
    const whatIf = caseWhatIf(referenceScenario(), engine, cellCatalog(referenceScenario()), 'zh');
    expect([whatIf.comparison, whatIf.charts.map((chart) => chart.id), engine.get('out.tco')]).toEqual([undefined, ['tornado'], before]);
  });

  it('writes the comparison and the charts on a page of their own', () => {
    const scenario = withAggressive();
    const engine = referenceEngine();
    const catalog = cellCatalog(scenario);
    const doc = businessCase(engine, catalog, { scenario: 'x', file: 'y', date: new Date(0), lang: 'en' });
    const html = businessCaseHtml(doc, [], '', caseWhatIf(scenario, engine, catalog, 'en'));
    expect(html).toContain('<section class="whatif" aria-label="Scenarios and sensitivity">');
    expect(html).toMatch(/<th>aggressive<\/th>/);
    expect(html).toContain('month 11 <span class="change">-8.3% vs base</span>');
    expect(html.match(/<svg/g)).toHaveLength(3);
  });

  it('leaves the page out when there is nothing to show', () => {
    const doc = businessCase(referenceEngine(), cellCatalog(referenceScenario()), { scenario: 'x', file: 'y', date: new Date(0), lang: 'en' });
    expect(businessCaseHtml(doc, [], '', { charts: [] })).not.toContain('<section class="whatif');
  });
});
