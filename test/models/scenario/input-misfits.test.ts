import { describe, expect, it } from 'vitest';
import { inputMisfits, setCell } from '../../../models/scenario';
import { referenceScenario } from '../templates/template-helpers';

describe('cells that hold what they cannot take', () => {
  it('finds none in the template', () => {
    expect(inputMisfits(referenceScenario())).toEqual([]);
  });

  it('finds text in a numeric cell of a scalar grid and of a table', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'traffic.requests_per_day', 'ten thousand');
    setCell(scenario, 'models.gpt_4o.input_per_m', 'n/a');
    expect(inputMisfits(scenario)).toEqual([
      { ref: 'traffic.requests_per_day', input: 'ten thousand', expects: 'number' },
      { ref: 'models.gpt_4o.input_per_m', input: 'n/a', expects: 'number' },
    ]);
  });

  it('finds a choice that is not one of its options', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'deploy.mode', 'edge');
    expect(inputMisfits(scenario)).toEqual([{ ref: 'deploy.mode', input: 'edge', expects: 'choice' }]);
  });

  it('leaves formulas, text cells and blanks alone', () => {
    const scenario = referenceScenario();
    setCell(scenario, 'traffic.requests_per_day', '=1 +');
    setCell(scenario, 'languages.en.unit', 'syllable');
    setCell(scenario, 'prompt.system_tokens', null);
    expect(inputMisfits(scenario)).toEqual([]);
  });
});
