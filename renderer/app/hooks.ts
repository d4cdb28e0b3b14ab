import { useCallback, useMemo } from 'react';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { DocumentState } from '../state/document-store';
import type { SessionState } from '../state/session-store';
import { useServices } from './app-context';

/** Subscribes to a slice of the document store. */
export function useDocument<T>(selector: (state: DocumentState) => T): T {
  return useServices().documentStore(selector);
}

/** Subscribes to a slice of the session store. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useServices().sessionStore(selector);
}

/** Every cell reference of the document, recomputed only when the document changes. */
export function useRefs(): string[] {
  const scenario = useDocument((state) => state.scenario);
  const engine = useDocument((state) => state.engine);
  return useMemo(() => (scenario ? engine.refs() : []), [scenario, engine]);
}

/** The translation function for the current language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useSession((state) => state.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
