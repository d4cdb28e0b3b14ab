import type { Scenario } from '../../shared/scenario-schema';
import type { Lang } from '../../shared/lang';
import { addNamedScenario, checkScenarioName, deleteNamedScenario, diffOverrides, serializeScenarioFile, toScenarioFile } from '../scenario';
import { CliFailure, describeFsError, noteOn, type CliIo } from './cli-io';
import { openScenario } from './open-scenario';
import { applyScenarioEdits, type ScenarioEdits } from './set-values';
import { textTable } from './text-table';

/** Options of `scenario add|list|delete`. */
export interface ScenarioOptions {
  readonly action: string | undefined;
  /** FILE and, for add and delete, NAME. */
  readonly args: readonly string[];
  readonly edits: ScenarioEdits;
  readonly json: boolean;
  readonly lang: Lang;
}

const headings = {
  en: { name: 'Scenario', overrides: 'Overrides', none: '(none: the base)', empty: 'no scenarios' },
  zh: { name: '情景', overrides: '覆盖', none: '（无：同基准）', empty: '没有情景' },
} as const;

/**
 * Manages the named scenarios of a file. `add FILE NAME [--set REF=VALUE]…`
 * makes a scenario of the `--set` edits (read exactly as `compute` reads
 * them); `list FILE`; `delete FILE NAME`. The file is rewritten atomically.
 */
export function scenarioCommand(options: ScenarioOptions, io: CliIo): number {
  const { action, args } = options;
  const expect = (count: number, shape: string) => {
    if (args.length !== count) throw new CliFailure(`scenario ${action} expects ${shape}, got ${args.length} argument${args.length === 1 ? '' : 's'}`);
  };
  const { addRows, deleteRows, sets, scenario } = options.edits;
  if (addRows.length + deleteRows.length > 0) throw new CliFailure('a scenario overrides cells and months; add or delete rows in the base model itself');
  if (scenario !== undefined) throw new CliFailure(`scenario ${action ?? ''} does not take --scenario`.replace('  ', ' '));
  if (action !== 'add' && sets.length > 0) throw new CliFailure(`scenario ${action ?? ''} does not take --set`.replace('  ', ' '));
  switch (action) {
    case 'add': {
      expect(2, 'FILE NAME');
      const [path, name] = args as [string, string];
      const { file } = openScenario(path, io);
      const problem = checkScenarioName(file.scenario, name);
      if (problem) throw new CliFailure(`scenario add: ${problem}`);
      const overrides = diffOverrides(file.scenario, applyScenarioEdits(file.scenario, options.edits, noteOn(io)));
      const next = structuredClone(file.scenario);
      const refused = addNamedScenario(next, name, overrides);
      if (refused) throw new CliFailure(`scenario add: ${refused}`);
      save(path, next, io);
      const count = Object.keys(overrides.cells).length + Object.keys(overrides.months).length;
      io.out(options.json
        ? `${JSON.stringify({ added: name.trim(), cells: overrides.cells, months: overrides.months }, null, 2)}\n`
        : `added scenario "${name.trim()}" to ${path} (${count} override${count === 1 ? '' : 's'})\n`);
      return 0;
    }
    case 'delete': {
      expect(2, 'FILE NAME');
      const [path, name] = args as [string, string];
      const next = structuredClone(openScenario(path, io).file.scenario);
      const problem = deleteNamedScenario(next, name);
      if (problem) throw new CliFailure(`scenario delete: ${problem}`);
      save(path, next, io);
      io.out(options.json ? `${JSON.stringify({ deleted: name })}\n` : `deleted scenario "${name}" from ${path}\n`);
      return 0;
    }
    case 'list': {
      expect(1, 'FILE');
      const scenarios = openScenario(args[0], io).file.scenario.scenarios ?? [];
      if (options.json) {
        const list = scenarios.map((named) => ({ name: named.name, cells: named.cells, months: named.months ?? {} }));
        io.out(`${JSON.stringify({ scenarios: list }, null, 2)}\n`);
        return 0;
      }
      const words = headings[options.lang];
      if (scenarios.length === 0) {
        io.out(`${words.empty}\n`);
        return 0;
      }
      const rows = scenarios.map((named) => {
        const shown = [...Object.entries(named.cells).map(([ref, input]) => `${ref}=${input === null ? '' : String(input)}`),
          ...Object.entries(named.months ?? {}).flatMap(([ref, months]) => Object.entries(months).map(([month, value]) => `${ref}@${month}=${value}`))];
        return [named.name, shown.length > 0 ? shown.join('  ') : words.none];
      });
      io.out(`${textTable([words.name, words.overrides], rows)}\n`);
      return 0;
    }
    case undefined:
      throw new CliFailure('scenario needs an action: add, list or delete (see --help)');
    default:
      throw new CliFailure(`unknown scenario action "${action}": use add, list or delete (see --help)`);
  }
}

/** Writes the document back to its file, atomically, in canonical form. */
function save(path: string, scenario: Scenario, io: CliIo): void {
  try {
    io.replaceText(path, serializeScenarioFile(toScenarioFile(scenario, io.now())));
  } catch (error) {
    throw new CliFailure(`cannot write ${describeFsError(path, error)}`);
  }
}
