import { columnFormulaUse } from '../../models/scenario';
import { useServices } from '../hooks/services';
import { useDocument, useT } from '../hooks/store-hooks';

/**
 * Beside the formula bar, for a cell of a table column with a formula: says
 * whether the cell follows the column or overrides it, and offers to apply
 * what is typed to the whole column or to return the cell to the column.
 */
export function ColumnFormulaControls({ selected, draft }: { selected: string; draft: string }) {
  const services = useServices();
  const t = useT();
  const use = useDocument((state) => columnFormulaUse(state.scenario, selected));
  if (use === 'none') return null;
  const report = (problem: string | undefined) => {
    if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  };
  const isFormula = draft.trim().startsWith('=');
  return (
    <span className="column-formula" data-column-formula={use}>
      <span>{use === 'follows' ? `ƒ ${t('columnFormula')}` : `◆ ${t('overridesColumn', { formula: '' }).trim()}`}</span>
      <button type="button" disabled={!isFormula} onMouseDown={(event) => event.preventDefault()} onClick={() => report(services.documentStore.getState().applyToColumn(selected, draft, services.sessionStore.getState().lang))}>
        {t('applyToColumn')}
      </button>
      {use === 'overrides' ? (
        <button type="button" onClick={() => report(services.documentStore.getState().clearColumnOverride(selected))}>{t('useColumnFormula')}</button>
      ) : null}
    </span>
  );
}
