import { describe, expect, it } from 'vitest';
import { businessCase } from '../../../models/exporters';
import { cellCatalog, createScenarioEngine, setCell } from '../../../models/scenario';
import type { Lang } from '../../../shared/lang';
import { referenceScenario } from '../templates/template-helpers';

/** The business case of the reference model computed for rented GPUs. */
function caseForCloud(lang: Lang) {
  const scenario = referenceScenario();
  setCell(scenario, 'deploy.mode', 'cloud');
  return businessCase(createScenarioEngine(scenario), cellCatalog(scenario), { scenario: scenario.name, file: 'plan.tokencast', date: new Date('2026-11-24'), lang });
}

describe('the business case', () => {
  it('names the deployment by its label, in the answer and among the assumptions', () => {
    const doc = caseForCloud('en');
    expect(doc.recommendation[0]).toContain('Deployment as planned: Rented GPUs.');
    expect(doc.assumptions.find((line) => line.ref === 'deploy.mode')?.shown).toBe('Rented GPUs');
  });

  it('recommends the cheapest deployment, not the planned one, when they differ', () => {
    const doc = caseForCloud('en');
    expect(doc.recommendation[1]).toBe('Recommended instead: API, which would cost 397,480 USD less over the horizon.');
  });

  it('names the deployment in Chinese in a Chinese business case', () => {
    const doc = caseForCloud('zh');
    expect(doc.recommendation[0]).toContain('计划的部署方式：租用 GPU。');
    expect(doc.recommendation[1]).toBe('建议改用API：规划期内可节省 397,480 美元。');
    expect(doc.assumptions.find((line) => line.ref === 'deploy.mode')?.shown).toBe('租用 GPU');
  });
});
