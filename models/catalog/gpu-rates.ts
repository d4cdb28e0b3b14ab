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
