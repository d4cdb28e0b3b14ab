import { parseRef } from './cell-ref';
import type { NameResolver } from './compile';

/** How an engine finds cells by name: the part of a resolver every formula shares. */
export type NameLookups = Pick<NameResolver, 'slotOf' | 'columnSlotOf' | 'hasGrid'>;

/**
 * The resolver a cell's formula is compiled with: the engine's lookups, the
 * cell's own reference (it may read itself only inside lag), and for a table
 * cell its home row, which `row.column` names.
 */
export function resolverFor(ref: string, lookups: NameLookups): NameResolver {
  const { slotOf, columnSlotOf, hasGrid } = lookups;
  // Most cells are scalar (one dot): skip parsing those.
  const parts = ref.indexOf('.') === ref.lastIndexOf('.') ? undefined : parseRef(ref);
  if (parts?.column === undefined) return { self: ref, slotOf, columnSlotOf, hasGrid };
  return { self: ref, slotOf, columnSlotOf, hasGrid, home: { grid: parts.grid, row: parts.row } };
}
