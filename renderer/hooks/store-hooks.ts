import { useCallback } from 'react';
import type { Value } from '../../models/engine';
import { cellCatalog, type CellInfo } from '../../models/scenario';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { DocumentState } from '../state/document-store';
import type { SessionState } from '../state/session-store';
import { useServices } from './services';

/** Subscribes to a slice of the document store. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useServices().documentStore(selector);
}

/**
 * One cell's computed value, by reference: the component redraws when that
 * value changes (an unchanged number, or a series the engine did not
 * recompute, is the same value), not on every edit of the document.
 */
export function useCellValue(ref: string): Value | undefined {
  return useDocument((state) => state.engine.get(ref));
}

/** Subscribes to a slice of the session store. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useServices().sessionStore(selector);
}

/**
 * Values that depend only on the document's structure (rows, names, labels),
 * computed once per structure change for the whole UI rather than once per
 * edit and per component: at 100k cells each costs tens of milliseconds.
 */
export function perStructure<T>(compute: (state: DocumentState) => T): (state: DocumentState) => T {
  let cached: { readonly state: DocumentState; readonly value: T } | undefined;
  return (state) => {
    if (cached && cached.state.structure === state.structure && cached.state.engine === state.engine) return cached.value;
    cached = { state, value: compute(state) };
    return cached.value;
  };
}

/** Every cell reference of the document, in document order. */
const allRefs = perStructure((state) => state.engine.refs());

/** Every cell's label, unit and format. */
export const catalogOf = perStructure((state): ReadonlyMap<string, CellInfo> => cellCatalog(state.scenario));

/** Every cell reference of the document, recomputed only when rows or grids change. */
export function useRefs(): string[] {
  useDocument((state) => state.structure);
  return allRefs(useServices().documentStore.getState());
}

/** Labels, units and formats of every cell (or of those `of` picks, cheaper at 100k cells), recomputed only when rows or grids change. */
export function useCatalog(of: (state: DocumentState) => ReadonlyMap<string, CellInfo> = catalogOf): ReadonlyMap<string, CellInfo> {
  useDocument((state) => state.structure);
  return of(useServices().documentStore.getState());
}

/** The translation function for the current language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useSession((state) => state.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
