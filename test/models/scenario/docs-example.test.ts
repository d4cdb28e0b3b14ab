import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenarioEngine, loadScenario } from '../../../models/scenario';

describe('the example in docs/file-format.md', () => {
  it('loads and computes what the page says', () => {
    const page = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
    const example = /## Example\s+```json\n([\s\S]*?)\n```/.exec(page)![1]!;
    const loaded = loadScenario(example);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(createScenarioEngine(loaded.file.scenario).get('out.tokens_per_request')).toBeCloseTo(0.7 * 300 + 0.3 * 420, 12);
  });
});

describe('the scenarios and ranges in docs/file-format.md', () => {
  it('load into the reference template', () => {
    const page = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
    const snippet = (field: string) => JSON.parse(`{${new RegExp(`\`\`\`json\\n("${field}": [\\s\\S]*?)\\n\`\`\``).exec(page)![1]!}}`)[field] as unknown;
    const template = JSON.parse(readFileSync(new URL('../../../models/templates/reference.tokencast', import.meta.url), 'utf8')) as { scenario: Record<string, unknown> };
    template.scenario['scenarios'] = snippet('scenarios');
    template.scenario['ranges'] = snippet('ranges');
    const loaded = loadScenario(JSON.stringify(template));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });
});

describe('the sources of cells in docs/file-format.md', () => {
  it('load into a row of the reference template', () => {
    const page = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
    const sources = JSON.parse(`{${/```json\n("sources": [\s\S]*?)\n```/.exec(page)![1]!}}`)['sources'] as unknown;
    const template = JSON.parse(readFileSync(new URL('../../../models/templates/reference.tokencast', import.meta.url), 'utf8')) as { scenario: { grids: Array<{ name: string; rows: Array<Record<string, unknown>> }> } };
    template.scenario.grids.find((grid) => grid.name === 'models')!.rows[0]!['sources'] = sources;
    const loaded = loadScenario(JSON.stringify(template));
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });
});
