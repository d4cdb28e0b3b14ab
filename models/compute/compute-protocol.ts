import type { Scenario } from '../../shared/scenario-schema';
import type { EngineEdit } from './engine-edits';
import type { WireValue } from './wire-value';

/**
 * What the page asks of the engine running in a Worker. Every request that
 * changes the engine carries a sequence number; the answer names it, so the
 * page knows which state of the document the values belong to.
 */
export type ComputeRequest =
  /** Build the engine for this document (`active`: the named scenario it shows). */
  | { readonly kind: 'load'; readonly seq: number; readonly scenario: Scenario; readonly active: string | undefined }
  /** Apply these edits with one recomputation. */
  | { readonly kind: 'edit'; readonly seq: number; readonly edits: readonly EngineEdit[] }
  /** What this cell reads and what reads it (for the precedent and dependent highlight). */
  | { readonly kind: 'links'; readonly seq: number; readonly ref: string };

/** What the Worker answers. */
export type ComputeReply =
  /** The values that changed with request `seq` (all of them after a load), and how long the engine took. */
  | { readonly kind: 'values'; readonly seq: number; readonly refs: readonly string[]; readonly values: readonly WireValue[]; readonly ms: number }
  | { readonly kind: 'links'; readonly seq: number; readonly ref: string; readonly reads: readonly string[]; readonly readBy: readonly string[] }
  /** The request could not be carried out (a bug, or memory): the page says so and keeps the document. */
  | { readonly kind: 'failed'; readonly seq: number; readonly message: string };
