import { BLANK, CellError, NONE, type ErrorCode, type Value } from '../engine';

/**
 * A value as it crosses to or from a Worker. Structured clone keeps numbers,
 * text, booleans and series (Float64Array), but not the two symbols and not
 * the class of an error, so those travel as small tagged objects.
 */
export type WireValue = number | string | boolean | Float64Array | { readonly none: true } | { readonly blank: true } | { readonly error: ErrorCode; readonly message: string };

/** A value ready for postMessage. */
export function toWire(value: Value): WireValue {
  if (value === NONE) return { none: true };
  if (value === BLANK) return { blank: true };
  if (value instanceof CellError) return { error: value.code, message: value.message };
  return value;
}

/** The value a {@link WireValue} stands for. */
export function fromWire(wire: WireValue): Value {
  if (typeof wire !== 'object' || wire instanceof Float64Array) return wire;
  if ('none' in wire) return NONE;
  if ('blank' in wire) return BLANK;
  return new CellError(wire.error, wire.message);
}
