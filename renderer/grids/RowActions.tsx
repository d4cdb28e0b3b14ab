import { cellRef, isFormula, isInRow, parseRef } from '../../models/engine';
import { mentionsReference } from '../../models/scenario';
import type { Grid } from '../../shared/scenario-schema';
import { useServices } from '../hooks/services';
import { useSession, useT } from '../hooks/store-hooks';

/** Add, rename and delete rows of a grid; rename and delete act on the selected cell's row. */
export function RowActions({ grid }: { grid: Grid }) {
  const services = useServices();
  const t = useT();
  const selected = useSession((state) => state.selected);
  const place = selected === undefined ? undefined : parseRef(selected);
  const selectedRow = place?.grid === grid.name ? place.row : undefined;

  /** Asks for a row name and applies it; a refused name stays in the dialog with the reason. Resolves to the name applied. */
  const askName = async (title: string, value: string, apply: (name: string) => string | undefined): Promise<string | undefined> => {
    const answer = await services.sessionStore.getState().ask({
      title, input: { label: t('rowName'), value, apply: (typed) => (value !== '' && typed.trim() === value ? undefined : apply(typed.trim())) },
      buttons: [{ id: 'ok', label: t('ok') }, { id: 'cancel', label: t('cancel') }],
    });
    const name = answer.value.trim();
    return answer.button === 'ok' && name !== '' && name !== value ? name : undefined;
  };
  const report = (problem: string | undefined) => {
    if (problem) services.sessionStore.getState().notify({ kind: 'error', text: problem });
  };

  const add = async () => {
    const name = await askName(`${t('addRow')} — ${grid.name}`, '', (typed) => services.documentStore.getState().addRow(grid.name, typed));
    if (name) services.sessionStore.getState().select(cellRef(grid.name, name, grid.kind === 'table' ? grid.columns[0]?.name : undefined));
  };
  const rename = async () => {
    if (!selectedRow) return;
    const name = await askName(`${t('renameRow')} — ${cellRef(grid.name, selectedRow)}`, selectedRow, (typed) => services.documentStore.getState().renameRow(grid.name, selectedRow, typed));
    if (name) services.sessionStore.getState().select(cellRef(grid.name, name, place?.column));
  };
  const remove = async () => {
    if (!selectedRow) return;
    const { engine } = services.documentStore.getState();
    const rowRef = cellRef(grid.name, selectedRow);
    const users = engine.refs().filter((ref) => !isInRow(ref, rowRef)).filter((ref) => {
      const input = engine.input(ref);
      return input !== undefined && isFormula(input) && mentionsReference(input, rowRef);
    });
    if (users.length > 0) {
      const answer = await services.sessionStore.getState().ask({
        title: t('deleteRow'), message: t('confirmDelete', { row: rowRef, n: users.length }),
        buttons: [{ id: 'delete', label: t('deleteRow') }, { id: 'cancel', label: t('cancel') }],
      });
      if (answer.button !== 'delete') return;
    }
    report(services.documentStore.getState().deleteRow(grid.name, selectedRow));
    services.sessionStore.getState().select(undefined);
  };

  return (
    <div className="row-actions">
      <button type="button" onClick={add}>{t('addRow')}</button>
      <button type="button" onClick={rename} disabled={!selectedRow}>{t('renameRow')}</button>
      <button type="button" onClick={remove} disabled={!selectedRow}>{t('deleteRow')}</button>
    </div>
  );
}
