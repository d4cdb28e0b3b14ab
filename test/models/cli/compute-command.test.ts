import { describe, expect, it } from 'vitest';
import { computeCommand } from '../../../models/cli/compute-command';
import { memoryIo } from './memory-io';

const options = { file: undefined, edits: { addRows: [], deleteRows: [], prices: [], sets: [] }, catalog: undefined, json: false, series: true, lang: 'en' } as const;

describe('compute --series', () => {
  it('streams the CSV a row at a time, so no string ever holds the whole table', async () => {
    const io = memoryIo();
    expect(await computeCommand(options, io)).toBe(0);
    expect(io.writes).toHaveLength(37);
    expect(io.writes.every((write) => write.endsWith('\n') && write.indexOf('\n') === write.length - 1)).toBe(true);
    expect(io.writes[0]!.startsWith('month,series.requests,series.calls,')).toBe(true);
  });

  it('streams the JSON a series at a time, writing the same object JSON.stringify would', async () => {
    const io = memoryIo();
    await computeCommand({ ...options, json: true }, io);
    const series = JSON.parse(io.writes.join('')) as Record<string, number[]>;
    expect(io.writes.length).toBe(Object.keys(series).length + 2);
    expect(io.writes.join('')).toBe(`${JSON.stringify(series)}\n`);
  });
});
