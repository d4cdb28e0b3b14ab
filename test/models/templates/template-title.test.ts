import { describe, expect, it } from 'vitest';
import { referenceTemplate, scenarioTitle, templateOrigin } from '../../../models/templates';
import { referenceScenario } from './template-helpers';

describe('template titles', () => {
  it('names the reference template in its file by its English title', () => {
    expect(referenceScenario().name).toBe(referenceTemplate.title.en);
  });

  it('shows a scenario that bears the template\'s name by the template\'s title in the reader\'s language', () => {
    expect(scenarioTitle(referenceScenario().name, 'zh')).toBe('参考 AI 成本模型');
  });

  it('shows a name the user typed as typed', () => {
    expect(scenarioTitle('Support bot 2027', 'zh')).toBe('Support bot 2027');
  });

  it('says where a template-only document comes from, in each language', () => {
    expect(templateOrigin(referenceTemplate, 'en')).toBe('Built-in template “Reference AI cost model”');
    expect(templateOrigin(referenceTemplate, 'zh')).toBe('内置模板「参考 AI 成本模型」');
  });
});
