import { z } from 'zod';

/**
 * The `.tokencast` file format: a versioned envelope around a scenario made
 * of grids. This schema is the spine of the app — the TypeScript types of the
 * document are derived from it, and the main process validates with it too.
 */

/** The file format version this build writes. */
export const FORMAT_VERSION = 2;

/** The file extension of scenario files, without the dot. */
export const FILE_EXTENSION = 'tokencast';

/** Names of grids, rows and columns: lower_snake_case, starting with a letter. */
export const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

const name = z.string({ error: 'expected a lower_snake_case name' }).regex(NAME_PATTERN, {
  error: (issue) => `"${String(issue.input)}" is not a lower_snake_case name (a–z, 0–9 and _, starting with a letter)`,
});

const id = z.string({ error: 'expected an id (text)' }).min(1, { error: 'the id is empty' });

/** Text shown to users: one string, or English and Chinese. */
export const localTextSchema = z.union([z.string(), z.object({ en: z.string(), zh: z.string() })], {
  error: 'expected text, or { "en": …, "zh": … }',
});

/** What a cell holds: a number, true/false, text, a formula (text starting with "="), or null for a blank cell. */
export const cellInputSchema = z.union([z.number().refine(Number.isFinite), z.boolean(), z.string(), z.null()], {
  error: 'expected a number, text, a formula or null (blank)',
});

/** The longest horizon a month override may address, in months (100 years). */
export const MAX_MONTHS = 1200;

/**
 * Per-month overrides of a row's computed series, by month number (1-based,
 * as text since JSON keys are text): `{ "1": 3000, "2": 6000 }`. Months past
 * the horizon are kept in the file but ignored.
 */
export const monthOverridesSchema = z.record(
  z.string().regex(/^[1-9][0-9]*$/, { error: 'expected a month number (1, 2, …)' })
    .refine((key) => Number(key) <= MAX_MONTHS, { error: `months go up to ${MAX_MONTHS}` }),
  z.number({ error: 'expected a number' }).refine(Number.isFinite, { error: 'expected a finite number' }),
  { error: 'expected an object of numbers by month number' },
);

/** A formula: text starting with "=". */
const formulaText = z.string({ error: 'expected a formula (text starting with "=")' }).startsWith('=', { error: 'a column formula starts with "="' });

/** How a number is shown; the value itself is never rounded. */
export const formatSchema = z.enum(['number', 'integer', 'percent', 'currency', 'text'], {
  error: 'expected one of number, integer, percent, currency, text',
});

/** A calendar date, `YYYY-MM-DD`: the day a value is as of. */
export const isoDateSchema = z.iso.date({ error: 'expected a date (YYYY-MM-DD)' });

/** The age after which a dated value is marked stale when a scenario names none. */
export const DEFAULT_STALE_AFTER_DAYS = 180;

/**
 * Where one cell's value comes from: the source in words, the day it is as
 * of, and the price-catalog entry it was filled from (its id in the catalog,
 * e.g. `gpt-4o`). Each part is optional; a table cell without one takes the
 * row's `source` and `asOf`.
 */
export const cellSourceSchema = z.strictObject({
  source: z.string({ error: 'expected text' }).optional(),
  asOf: isoDateSchema.optional(),
  catalog: z.string({ error: 'expected a catalog id (text)' }).optional(),
});

const described = {
  label: localTextSchema.optional(),
  note: localTextSchema.optional(),
  source: z.string({ error: 'expected text' }).optional(),
  /** The day the source's figures are as of. */
  asOf: isoDateSchema.optional(),
};

/** A row of a scalar grid: one named cell (`grid.row`). */
export const scalarRowSchema = z.strictObject({
  id,
  name,
  ...described,
  value: cellInputSchema,
  unit: localTextSchema.optional(),
  format: formatSchema.optional(),
  /** The values the cell may take (a choice); formulas compare against these. */
  options: z.array(z.string()).optional(),
  /** What people see for each option, by option (e.g. `"onprem": { "en": "Owned GPUs", "zh": "自购 GPU" }`); an option without one shows as itself. */
  optionLabels: z.record(z.string(), localTextSchema, { error: 'expected an object of option labels by option' }).optional(),
  overrides: monthOverridesSchema.optional(),
  /** For a check (`checks.*_ok`): the warning shown while it is false; `{grid.row}` placeholders show that cell's value. */
  message: localTextSchema.optional(),
  /** The price-catalog entry the value was filled from. */
  catalog: z.string({ error: 'expected a catalog id (text)' }).optional(),
}).superRefine((row, context) => {
  for (const option of Object.keys(row.optionLabels ?? {})) {
    if (row.options?.includes(option)) continue;
    const known = row.options?.length ? `one of its options (${row.options.join(', ')})` : 'an option: the row has no options';
    context.addIssue({ code: 'custom', message: `"${option}" has a label but is not ${known}`, path: ['optionLabels', option] });
  }
});

/**
 * A column of a table grid. A column with a `formula` computes every row with
 * it (`row.x` names this row's cell of column x), like a spreadsheet's
 * calculated column; a row may still hold its own input there (an override).
 */
export const columnSchema = z.strictObject({
  id,
  name,
  label: localTextSchema.optional(),
  note: localTextSchema.optional(),
  unit: localTextSchema.optional(),
  format: formatSchema.optional(),
  formula: formulaText.optional(),
});

/**
 * A row of a table grid: its cells by column name (`grid.row.column`). A
 * missing cell is blank, or follows the column's formula when it has one.
 */
export const tableRowSchema = z.strictObject({
  id,
  name,
  ...described,
  cells: z.record(z.string(), cellInputSchema, { error: 'expected an object of cells by column name' }),
  /** Sources of single cells, by column name; a cell without one has the row's source and date. */
  sources: z.record(z.string(), cellSourceSchema, { error: 'expected an object of sources by column name' }).optional(),
});

const gridCommon = {
  id,
  name,
  label: localTextSchema.optional(),
  note: localTextSchema.optional(),
};

/** A grid of named scalar cells. */
export const scalarGridSchema = z.strictObject({
  ...gridCommon,
  kind: z.literal('scalar'),
  rows: z.array(scalarRowSchema, { error: 'expected a list of rows' }),
});

/** A grid of rows × columns. */
export const tableGridSchema = z.strictObject({
  ...gridCommon,
  kind: z.literal('table'),
  columns: z.array(columnSchema, { error: 'expected a list of columns' }),
  rows: z.array(tableRowSchema, { error: 'expected a list of rows' }),
});

/** Either kind of grid. */
export const gridSchema = z.discriminatedUnion('kind', [scalarGridSchema, tableGridSchema], {
  error: 'expected a grid with "kind": "scalar" or "table"',
});

/** The name the base model goes by beside named scenarios (the CLI's `compare` uses it as a key); no scenario may take it. */
export const BASE_SCENARIO = 'base';

/**
 * A named scenario ("conservative", "aggressive"): overrides over the base
 * model — cells by reference (a value or a formula) and months of series rows
 * by reference and month number. Everything it does not override follows the base.
 */
export const namedScenarioSchema = z.strictObject({
  id,
  name: z.string({ error: 'expected the scenario name (text)' }).trim()
    .min(1, { error: 'the scenario name is empty' })
    .max(64, { error: 'a scenario name has at most 64 characters' })
    // eslint-disable-next-line no-control-regex -- control characters are exactly what the rule refuses
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'a scenario name cannot hold control characters' })
    .refine((text) => text.toLowerCase() !== BASE_SCENARIO, { error: `"${BASE_SCENARIO}" is the name of the base model; choose another scenario name` }),
  note: localTextSchema.optional(),
  cells: z.record(z.string(), cellInputSchema, { error: 'expected an object of cell inputs by reference' }),
  months: z.record(z.string(), monthOverridesSchema, { error: 'expected an object of month overrides by reference' }).optional(),
});

/** The distributions a Monte Carlo range may take. */
export const DISTRIBUTIONS = ['uniform', 'triangular', 'normal', 'lognormal', 'pert'] as const;

const finite = z.number({ error: 'expected a number' }).refine(Number.isFinite, { error: 'expected a finite number' });

/**
 * The range of an input for Monte Carlo (and its own low/high for a
 * tornado). `low` and `high` bound uniform, triangular and PERT ranges,
 * whose `mode` (the most likely value) defaults to the midpoint; for normal
 * and lognormal they are the 5th and 95th percentiles (a 90 % interval).
 */
export const rangeSchema = z.strictObject({
  ref: z.string({ error: 'expected a cell reference' }),
  dist: z.enum(DISTRIBUTIONS, { error: `expected one of ${DISTRIBUTIONS.join(', ')}` }),
  low: finite,
  high: finite,
  mode: finite.optional(),
}).superRefine((range, context) => {
  const problem = (message: string, path: string) => context.addIssue({ code: 'custom', message, path: [path] });
  if (!(range.low < range.high)) problem(`low (${range.low}) must be below high (${range.high})`, 'high');
  if (range.mode !== undefined && (range.dist === 'uniform' || range.dist === 'normal' || range.dist === 'lognormal')) {
    problem(`a ${range.dist} range has no mode`, 'mode');
  } else if (range.mode !== undefined && (range.mode < range.low || range.mode > range.high)) {
    problem(`the mode (${range.mode}) must lie between low and high`, 'mode');
  }
  if (range.dist === 'lognormal' && range.low <= 0) problem('a lognormal range needs low above 0', 'low');
});

/** The scenario: what the user models. */
export const scenarioSchema = z.strictObject({
  name: z.string({ error: 'expected the scenario name (text)' }),
  description: localTextSchema.optional(),
  horizonRef: z.string({ error: 'expected a cell reference' }).optional(),
  /** Dated values older than this many days are marked stale (default {@link DEFAULT_STALE_AFTER_DAYS}). */
  staleAfterDays: z.number({ error: 'expected a number of days' }).int({ error: 'expected a whole number of days' })
    .min(1, { error: 'expected at least 1 day' }).max(36_500, { error: 'expected at most 36,500 days (100 years)' }).optional(),
  grids: z.array(gridSchema, { error: 'expected a list of grids' }),
  /** Named scenarios over this model, in the order they are shown and compared. */
  scenarios: z.array(namedScenarioSchema, { error: 'expected a list of scenarios' }).optional(),
  /** Ranges of inputs for Monte Carlo, shared by the base and every scenario. */
  ranges: z.array(rangeSchema, { error: 'expected a list of ranges' }).optional(),
});

/** A saved file: the envelope around a scenario. */
export const scenarioFileSchema = z.strictObject({
  app: z.literal('tokencast', { error: 'expected "tokencast"' }),
  version: z.literal(FORMAT_VERSION, { error: `expected format version ${FORMAT_VERSION}` }),
  savedAt: z.iso.datetime({ error: 'expected a date and time (ISO 8601)' }),
  generator: z.string({ error: 'expected text' }),
  scenario: scenarioSchema,
});

/** Text for users in one or two languages. */
export type LocalText = z.infer<typeof localTextSchema>;
/** What a cell holds. */
export type CellInputData = z.infer<typeof cellInputSchema>;
/** Number display formats. */
export type NumberFormat = z.infer<typeof formatSchema>;
/** A row's month overrides. */
export type MonthOverrides = z.infer<typeof monthOverridesSchema>;
/** A scalar grid's row. */
export type ScalarRow = z.infer<typeof scalarRowSchema>;
/** Where a cell's value comes from. */
export type CellSource = z.infer<typeof cellSourceSchema>;
/** A table grid's column. */
export type Column = z.infer<typeof columnSchema>;
/** A table grid's row. */
export type TableRow = z.infer<typeof tableRowSchema>;
/** A scalar grid. */
export type ScalarGrid = z.infer<typeof scalarGridSchema>;
/** A table grid. */
export type TableGrid = z.infer<typeof tableGridSchema>;
/** Any grid. */
export type Grid = z.infer<typeof gridSchema>;
/** A named scenario: overrides over the base. */
export type NamedScenario = z.infer<typeof namedScenarioSchema>;
/** A distribution's name. */
export type Distribution = (typeof DISTRIBUTIONS)[number];
/** A Monte Carlo range of an input. */
export type InputRange = z.infer<typeof rangeSchema>;
/** A scenario. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A saved scenario file. */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
