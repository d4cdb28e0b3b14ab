/**
 * The ids of the columns that describe a row rather than hold its values;
 * focusing one selects no cell. The `@` keeps them apart from value columns,
 * whose ids are table column names (lower_snake_case): a table may well have
 * a column called `unit` or `note`.
 */
export const DESCRIPTIVE_COLUMN = { label: '@label', unit: '@unit', note: '@note', source: '@source' } as const;

/** True for the id of a column that describes a row (see DESCRIPTIVE_COLUMN). */
export const isDescriptiveColumn = (colId: string): boolean => colId.startsWith('@');
