import type { Scenario } from '../../shared/scenario-schema';
import { cellRef } from '../engine';
import { addRow, setSourcedCellIn } from '../scenario';

/**
 * GPU rental rates for reference: AWS on-demand list prices per GPU-hour,
 * 2026, as recorded in Tokencast's pricing snapshot of 2026-07-24 (LiteLLM's
 * table has no GPU rates).
 */

/** One GPU's rate and where it comes from. */
export interface GpuRate {
  /** The row name the reference template uses for this GPU. */
  readonly row: string;
  readonly name: string;
  readonly hourly: number;
  readonly memoryGb: number;
  readonly source: string;
  readonly asOf: string;
}

const source = 'AWS on-demand list price per GPU-hour, 2026';
const asOf = '2026-07-24';

/** The GPU rates that ship with the app. */
export const GPU_RATES: readonly GpuRate[] = [
  { row: 'a10g', name: 'NVIDIA A10G 24 GB', hourly: 1.006, memoryGb: 24, source, asOf },
  { row: 'l40s', name: 'NVIDIA L40S 48 GB', hourly: 1.861, memoryGb: 48, source, asOf },
  { row: 'a100_80gb', name: 'NVIDIA A100 80 GB', hourly: 3.43, memoryGb: 80, source, asOf },
  { row: 'h100_80gb', name: 'NVIDIA H100 80 GB', hourly: 6.88, memoryGb: 80, source, asOf },
  { row: 'h200', name: 'NVIDIA H200 141 GB', hourly: 7.91, memoryGb: 141, source, asOf },
];

/** The table of GPU rates in a scenario. */
export const GPUS_GRID = 'gpus';

/**
 * Fills a GPUs row with a rate — its on-demand price per GPU-hour and its
 * memory — recording the rate's source and date in both cells. Without a row
 * name, adds a row named like the template's (`h100_80gb`), numbered if taken:
 * a new row is the base's, so its values are too; an existing row's values go
 * to the named scenario `active` when there is one (see setSourcedCellIn).
 */
export function fillGpuRate(scenario: Scenario, rowName: string | undefined, rate: GpuRate, active?: string): { row: string } | { error: string } {
  const grid = scenario.grids.find((g) => g.name === GPUS_GRID);
  if (!grid || grid.kind !== 'table' || !['on_demand_hourly', 'memory_gb'].every((column) => grid.columns.some((c) => c.name === column))) {
    return { error: `the scenario has no table grid "${GPUS_GRID}" with on_demand_hourly and memory_gb columns` };
  }
  let row = rowName;
  if (row === undefined) {
    row = rate.row;
    for (let n = 2; grid.rows.some((r) => r.name === row); n++) row = `${rate.row}_${n}`;
    const problem = addRow(scenario, GPUS_GRID, row);
    if (problem) return { error: problem };
    grid.rows[grid.rows.length - 1]!.label = rate.name;
  } else if (!grid.rows.some((r) => r.name === row)) {
    return { error: `there is no row ${cellRef(GPUS_GRID, row)}` };
  }
  for (const [column, value] of [['on_demand_hourly', rate.hourly], ['memory_gb', rate.memoryGb]] as const) {
    const problem = setSourcedCellIn(scenario, rowName === undefined ? undefined : active, cellRef(GPUS_GRID, row, column), value, { source: rate.source, asOf: rate.asOf });
    if (problem) return { error: problem };
  }
  return { row };
}
