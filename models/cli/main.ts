import { parseArgs } from 'node:util';
import { APP_VERSION } from '../../shared/app-info';
import { LANGS, isLang } from '../../shared/lang';
import { analysisCommand } from './analysis-commands';
import { CliFailure, type CliIo } from './cli-io';
import { compareCommand } from './compare-command';
import { computeCommand } from './compute-command';
import { exportCommand } from './export-command';
import { newCommand } from './new-command';
import { scenarioCommand } from './scenario-command';
import { pricesCommand } from './prices-command';
import { tokensCommand } from './tokens-command';
import { validateCommand } from './validate-command';
import { WHATIF_FLAGS, refuseFlags } from './whatif-options';

/** The usage text printed by --help. */
export const USAGE = `Tokencast ${APP_VERSION} — compute AI cost scenarios from the command line

Usage:
  tokencast compute [FILE] [EDITS] [--json] [--series] [--lang en|zh]
  tokencast export [FILE] --out DIR [EDITS] [--lang en|zh]
  tokencast new FILE [--force]
  tokencast validate FILE
  tokencast scenario add FILE NAME [--set REF=VALUE]…  |  scenario list FILE  |  scenario delete FILE NAME
  tokencast compare [FILE] [--json]
  tokencast sensitivity [FILE] --output REF [--input REF[=LOW:HIGH]]… [--pct 20] [EDITS] [--json]
  tokencast solve [FILE] --vary REF --output REF|=EXPR --target NUMBER [--min A] [--max B] [EDITS] [--json]
  tokencast sweep [FILE] --vary REF=FROM:TO:STEPS [--vary REF=FROM:TO:STEPS] --output REF|=EXPR [EDITS] [--json]
  tokencast simulate [FILE] [--range REF=DIST:LOW:HIGH[:MODE]]… [--samples N] [--seed S] [EDITS] [--json]
  tokencast prices search QUERY [--catalog FILE] [--json]
  tokencast prices import FILE
  tokencast prices reset
  tokencast tokens FILE... [--tokenizer NAME]... [--lang LANG] [--json]

compute   Computes FILE (default: the built-in reference template) and prints every
          out.* output as a table, or with --json as one JSON object (none → null,
          an error → {"error", "message"}; exit 1 when an output is an error).
          --series prints the monthly series as CSV instead (JSON with --json).
EDITS     change the scenario before computing, in this order:
          --add-row GRID.ROW     adds a row to a table grid (column formulas apply,
                                 inputs start blank until set)
          --delete-row GRID.ROW  deletes a row
          --price ROW=ID         fills the models row ROW with the input, output and
                                 cached-input prices of catalog entry ID (the key in
                                 LiteLLM's table: gpt-4o, claude-sonnet-4-20250514);
                                 --catalog FILE reads a LiteLLM-format table for this
                                 command instead of the installed catalog
          --set REF=VALUE        sets a cell: a number (1,200  15%  $2.50), text,
                                 true/false, or a formula when VALUE starts with "="
                                 (--set selfhost.gpu_hourly==gpus.a100_80gb.on_demand_hourly)
          --set GRID.ROW@MONTH=VALUE  overrides one month (1..horizon) of a series row
          --scenario NAME        computes a named scenario of FILE (applied before the
                                 other edits; default: the base)
export    Writes into DIR: an SVG and a 2× PNG of each chart, series.csv, outputs.csv,
          business-case.xlsx, business-case.html and manifest.json.
new       Writes the reference template to FILE (--force overwrites).
validate  Reports every problem in FILE; exit 0 clean, 1 formula errors, 2 unreadable.
scenario  Named scenarios in FILE: add one made of --set overrides, list them, delete one
          (FILE is rewritten atomically).
compare   Every output of the base and of each scenario, with the change from the base.
          --json: {"scenarios": {"base": {…}, "NAME": {…}}}.
sensitivity  Moves each input (default: every numeric input) down and up by --pct
          percent, or to its own LOW:HIGH, and ranks them by the output's swing.
solve     The smallest input in [--min, --max] (default: a tenth to ten times its value)
          at which the output reaches --target, coming from its side at min; to 0.1 %.
          No such input: value null, exit 1. The output may be a formula of outputs:
          --output '=out.tco_cloud - out.tco_api' --target 0 is the self-hosting crossover.
sweep     A data table: the output for STEPS values from FROM to TO of one input,
          or for every pair of two inputs.
simulate  Monte Carlo over the ranges saved in FILE and those given with --range
          (DIST: uniform, triangular, pert (LOW:HIGH[:MODE]), normal, lognormal
          (LOW:HIGH = the 5th and 95th percentiles)); --samples (10000), --seed (1).
          P10/P50/P90 and mean of every output, and the share that pays back.
prices    search: the catalog models whose id or provider has words beginning with
          QUERY's words, prices per 1M tokens. import: checks a LiteLLM-format table
          (model_prices_and_context_window.json) and installs it, dated the day the
          file was last modified, as the catalog the app and the CLI use. reset:
          forgets the installed catalog; the one that ships applies again.
tokens    Counts characters (Unicode code points), words and tokens of the FILEs
          (.txt, .md, or .jsonl with a "text" field) with each tokenizer:
          o200k_base, cl100k_base, qwen3, deepseek_v3, llama3, gemma3 (default: all).
          --lang names the text's language (en, zh, ja…) for counting words.

Exit codes: 0 ok, 1 an output or cell is an error, 2 bad arguments or an unreadable file.
`;

const options = {
  set: { type: 'string', multiple: true, default: [] as string[] },
  'add-row': { type: 'string', multiple: true, default: [] as string[] },
  'delete-row': { type: 'string', multiple: true, default: [] as string[] },
  scenario: { type: 'string' },
  output: { type: 'string' },
  input: { type: 'string', multiple: true },
  pct: { type: 'string' },
  vary: { type: 'string', multiple: true },
  target: { type: 'string' },
  min: { type: 'string' },
  max: { type: 'string' },
  range: { type: 'string', multiple: true },
  samples: { type: 'string' },
  seed: { type: 'string' },
  price: { type: 'string', multiple: true, default: [] as string[] },
  catalog: { type: 'string' },
  tokenizer: { type: 'string', multiple: true, default: [] as string[] },
  json: { type: 'boolean', default: false },
  out: { type: 'string' },
  series: { type: 'boolean', default: false },
  lang: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

/** Runs the CLI with the arguments after the program name; returns the exit code. Never throws for user mistakes. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    io.err(`tokencast: ${error.message}\n`);
    return error.exitCode;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliFailure(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.version) {
    io.out(`${APP_VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const lang = values.lang ?? 'en';
  const edits = { addRows: values['add-row'], deleteRows: values['delete-row'], prices: values.price, sets: values.set, scenario: values.scenario };
  // For tokens, --lang is the language of the text (any language); elsewhere it is the language of the output.
  if (command === 'tokens') return tokensCommand({ files: rest, tokenizers: values.tokenizer, lang: values.lang, json: values.json }, io);
  if (!isLang(lang)) throw new CliFailure(`--lang must be ${LANGS.join(' or ')}, got "${lang}"`);
  const given = new Set<string>(WHATIF_FLAGS.filter((flag) => values[flag] !== undefined));
  const whatIf = {
    edits, json: values.json, lang, output: values.output, inputs: values.input ?? [], pct: values.pct, vary: values.vary ?? [],
    target: values.target, min: values.min, max: values.max, ranges: values.range ?? [], samples: values.samples, seed: values.seed,
  };
  switch (command) {
    case 'compute':
      refuseFlags('compute', given, []);
      return computeCommand({ file: single(rest, 'compute', false), edits, catalog: values.catalog, json: values.json, series: values.series, lang }, io);
    case 'export':
      refuseFlags('export', given, []);
      return exportCommand({ file: single(rest, 'export', false), out: values.out, edits, catalog: values.catalog, lang }, io);
    case 'prices':
      refuseFlags('prices', given, []);
      return pricesCommand({ args: rest, catalog: values.catalog, json: values.json }, io);
    case 'new':
      return newCommand(single(rest, 'new', true)!, values.force, io);
    case 'validate':
      return validateCommand(single(rest, 'validate', true)!, io);
    case 'scenario':
      refuseFlags('scenario', given, []);
      return scenarioCommand({ action: rest[0], args: rest.slice(1), edits, json: values.json, lang }, io);
    case 'compare':
      refuseFlags('compare', given, []);
      return compareCommand({ file: single(rest, 'compare', false), json: values.json, lang }, io);
    case 'sensitivity':
      refuseFlags(command, given, ['output', 'input', 'pct']);
      return analysisCommand(command, single(rest, command, false), whatIf, io);
    case 'solve':
      refuseFlags(command, given, ['vary', 'output', 'target', 'min', 'max']);
      return analysisCommand(command, single(rest, command, false), whatIf, io);
    case 'sweep':
      refuseFlags(command, given, ['vary', 'output']);
      return analysisCommand(command, single(rest, command, false), whatIf, io);
    case 'simulate':
      refuseFlags(command, given, ['range', 'samples', 'seed']);
      return analysisCommand(command, single(rest, command, false), whatIf, io);
    case undefined:
      throw new CliFailure(`no command given: use ${COMMANDS} (see --help)`);
    default:
      throw new CliFailure(`unknown command "${command}": use ${COMMANDS} (see --help)`);
  }
}

const COMMANDS = 'compute, export, new, validate, scenario, compare, sensitivity, solve, sweep, simulate, prices or tokens';

function single(args: readonly string[], command: string, required: boolean): string | undefined {
  if (args.length > 1) throw new CliFailure(`${command} takes one FILE, got ${args.length}: ${args.join(' ')}`);
  if (required && args.length === 0) throw new CliFailure(`${command} needs a FILE`);
  return args[0];
}
