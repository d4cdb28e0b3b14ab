import { useMemo } from 'react';
import { integerRefs, numericInputs } from '../../models/analysis';
import { isInGrid, type Engine } from '../../models/engine';
import { OUTPUT_GRID } from '../../models/outputs';
import { cellCatalog, namedScenarioEngine } from '../../models/scenario';
import { useDocument, useSession } from '../hooks/store-hooks';
import { activeScenarioName } from '../state/document-store';

/** What the what-if panels share: the document as the active scenario sees it, an engine of their own, and names to show. */
export interface AnalysisSetup {
  /** The active scenario's name (undefined: the base). */
  readonly active: string | undefined;
  /** A fresh engine of the document as the active scenario sees it: analyses move its inputs, never the workspace's. */
  readonly engine: () => Engine;
  readonly integers: ReadonlySet<string>;
  /** A cell's label in the UI language, or the text as given (a formula output). */
  readonly labelOf: (ref: string) => string;
  /** Cells holding a typed number, which analyses can move. */
  readonly inputs: readonly string[];
  /** The outputs (`out.*`). */
  readonly outputs: readonly string[];
}

/** The analysis setup of the current document, language and active scenario. */
export function useAnalysis(): AnalysisSetup {
  const scenario = useDocument((state) => state.scenario);
  const activeId = useDocument((state) => state.activeId);
  const lang = useSession((state) => state.lang);
  return useMemo(() => {
    const active = activeScenarioName(scenario, activeId);
    const catalog = cellCatalog(scenario);
    const engine = () => namedScenarioEngine(scenario, active);
    const refs = engine();
    return {
      active,
      engine,
      integers: integerRefs(scenario),
      labelOf: (ref: string) => catalog.get(ref)?.label[lang] ?? ref,
      inputs: numericInputs(refs),
      outputs: refs.refs().filter((ref) => isInGrid(ref, OUTPUT_GRID)),
    };
  }, [scenario, activeId, lang]);
}
