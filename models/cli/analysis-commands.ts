import { fillIn } from '../../shared/fill-in';
import type { InputRange, NumberFormat } from '../../shared/scenario-schema';
import { DEFAULT_SAMPLES, MAX_SAMPLES, integerRefs, sensitivity, simulate, solve, sweep, sweepValues, type SensitivityInput, type SweepAxis } from '../analysis';
import { formatNumber } from '../format/format-value';
import { cellCatalog, createScenarioEngine, type CellInfo } from '../scenario';
import { CliFailure, noteOn, type CliIo } from './cli-io';
import { openScenario } from './open-scenario';
import { applyScenarioEdits } from './set-values';
import { textTable } from './text-table';
import { checkRef, numberFlag, outputFlag, rangeFlag, refWithNumbers, runAnalysis, wholeFlag, type WhatIfFlags } from './whatif-options';

/** The analyses' commands: sensitivity, solve, sweep, simulate. */
export type AnalysisCommand = 'sensitivity' | 'solve' | 'sweep' | 'simulate';

const words = {
  en: {
    input: 'Input', lowInput: 'Low input', highInput: 'High input', atLow: 'Output at low', atHigh: 'Output at high', swing: 'Swing',
    sensitivity: 'Sensitivity of {output} (now {base})', solved: '{vary} = {value} gives {output} = {result}',
    unsolved: 'No value of {vary} from {min} to {max} brings {output} to {target}', output: 'Output', none: '—',
    payback: 'Pays back within the horizon in {share} of {samples} samples (seed {seed})', mean: 'Mean',
  },
  zh: {
    input: '输入', lowInput: '低值', highInput: '高值', atLow: '低值时结果', atHigh: '高值时结果', swing: '摆幅',
    sensitivity: '{output} 的敏感性（当前 {base}）', solved: '{vary} = {value} 时 {output} = {result}',
    unsolved: '{vary} 在 {min} 到 {max} 之间没有值能使 {output} 达到 {target}', output: '结果', none: '—',
    payback: '{samples} 次抽样中有 {share} 在规划期内回本（种子 {seed}）', mean: '均值',
  },
} as const;


/** Runs one of the analysis commands on FILE (default: the template), after `--scenario` and the edits. Exit 1 when solve finds no value. */
export function analysisCommand(command: AnalysisCommand, file: string | undefined, flags: WhatIfFlags, io: CliIo): number {
  const opened = openScenario(file, io);
  const scenario = applyScenarioEdits(opened.file.scenario, flags.edits, noteOn(io));
  const engine = createScenarioEngine(scenario);
  const integers = integerRefs(scenario);
  const catalog = cellCatalog(scenario);
  const lang = flags.lang;
  const w = words[lang];
  const show = (value: number | null, ref: string | undefined) => (value === null ? w.none : formatNumber(value, ref === undefined ? undefined : formatOf(catalog, ref), lang));
  const print = (json: unknown, text: () => string) => io.out(flags.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
  switch (command) {
    case 'sensitivity': {
      const output = outputFlag(flags, engine);
      const inputs = flags.inputs.map((text): SensitivityInput => {
        if (!text.includes('=')) return { ref: checkRef('--input', text.trim(), engine) };
        const [ref, [low, high]] = refWithNumbers('--input', text, 'REF or REF=LOW:HIGH', [2]);
        return { ref: checkRef('--input', ref, engine), low, high };
      });
      const pct = flags.pct === undefined ? undefined : numberFlag('pct', flags.pct.trim().replace(/%$/, ''));
      const result = runAnalysis(() => sensitivity(engine, { output, inputs: inputs.length > 0 ? inputs : undefined, pct, integers }));
      print(result, () => {
        const rows = result.rows.map((row) => [row.input, show(row.low_input, row.input), show(row.high_input, row.input), show(row.low, output), show(row.high, output), show(row.swing, output)]);
        return `${fillIn(w.sensitivity, { output, base: show(result.base, output) })}\n\n${textTable([w.input, w.lowInput, w.highInput, w.atLow, w.atHigh, w.swing], rows, new Set([1, 2, 3, 4, 5]))}`;
      });
      return 0;
    }
    case 'solve': {
      if (flags.vary.length !== 1) throw new CliFailure(`solve varies one input: give --vary REF once${flags.vary.length > 1 ? `, not ${flags.vary.length} times` : ''}`);
      const vary = checkRef('--vary', flags.vary[0]!.trim(), engine);
      const output = outputFlag(flags, engine);
      if (flags.target === undefined) throw new CliFailure('solve needs --target NUMBER');
      const target = numberFlag('target', flags.target);
      const min = flags.min === undefined ? undefined : numberFlag('min', flags.min);
      const max = flags.max === undefined ? undefined : numberFlag('max', flags.max);
      const result = runAnalysis(() => solve(engine, { vary, output, target, min, max, integers }));
      print({ vary: result.vary, value: result.value, output: result.output }, () => (result.value === null
        ? fillIn(w.unsolved, { vary, min: show(result.min, vary), max: show(result.max, vary), output, target: flags.target! })
        : fillIn(w.solved, { vary, value: show(result.value, vary), output, result: show(result.output, output) })));
      return result.value === null ? 1 : 0;
    }
    case 'sweep': {
      if (flags.vary.length < 1 || flags.vary.length > 2) throw new CliFailure('sweep varies one or two inputs: --vary REF=FROM:TO:STEPS, once or twice');
      const axes = flags.vary.map((text): SweepAxis => {
        const [ref, [from, to, steps]] = refWithNumbers('--vary', text, 'REF=FROM:TO:STEPS', [3]);
        if (!Number.isInteger(steps) || steps! < 2) throw new CliFailure(`--vary ${text}: STEPS is the number of values, a whole number from 2`);
        return { ref: checkRef('--vary', ref, engine), values: runAnalysis(() => sweepValues(from!, to!, steps!)) };
      }) as [SweepAxis] | [SweepAxis, SweepAxis];
      const output = outputFlag(flags, engine);
      const result = runAnalysis(() => sweep(engine, output, axes));
      print({ output: result.output, vary: result.axes.map((axis) => ({ ref: axis.ref, values: axis.values })), values: result.values }, () => {
        const [first, second] = result.axes;
        if (second === undefined) {
          const values = result.values as ReadonlyArray<number | null>;
          return textTable([first.ref, output], first.values.map((x, i) => [show(x, first.ref), show(values[i]!, output)]), new Set([0, 1]));
        }
        const grid = result.values as ReadonlyArray<ReadonlyArray<number | null>>;
        const header = [`${first.ref} \\ ${second.ref}`, ...second.values.map((y) => show(y, second.ref))];
        return `${output}\n\n${textTable(header, first.values.map((x, i) => [show(x, first.ref), ...grid[i]!.map((v) => show(v, output))]), new Set(header.map((_, c) => c)))}`;
      });
      return 0;
    }
    case 'simulate': {
      const given = flags.ranges.map((text) => rangeFlag(text, engine));
      const ranges: InputRange[] = [...(scenario.ranges ?? []).filter((range) => !given.some((g) => g.ref === range.ref)), ...given];
      const samples = flags.samples === undefined ? DEFAULT_SAMPLES : wholeFlag('samples', flags.samples, 1, MAX_SAMPLES);
      const seed = flags.seed === undefined ? 1 : wholeFlag('seed', flags.seed, 0, 2 ** 32 - 1);
      const result = runAnalysis(() => simulate(engine, { ranges, samples, seed, integers }));
      print({ samples: result.samples, outputs: result.outputs, payback_within_horizon: result.paybackWithinHorizon }, () => {
        const rows = Object.entries(result.outputs).map(([ref, stats]) => [catalog.get(ref)?.label[lang] ?? ref, show(stats.p10, ref), show(stats.p50, ref), show(stats.p90, ref), show(stats.mean, ref), ref]);
        const table = textTable([w.output, 'P10', 'P50', 'P90', w.mean, ''], rows, new Set([1, 2, 3, 4]));
        const payback = result.paybackWithinHorizon === null ? '' : `\n\n${fillIn(w.payback, { share: formatNumber(result.paybackWithinHorizon, 'percent', lang), samples: formatNumber(samples, 'integer', lang), seed })}`;
        return `${table}${payback}`;
      });
      return 0;
    }
  }
}

function formatOf(catalog: ReadonlyMap<string, CellInfo>, ref: string): NumberFormat | undefined {
  return catalog.get(ref)?.format;
}
