import type { AppServices } from '../hooks/services';
import type { MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { clearedInput } from './clear-cell';
import { block } from './grid-geometry';
import { extension, planPaste, type Extension } from './paste-plan';
import { parseTsv } from './tsv';
import { readTyped } from './typed-input';

/** Clipboard text as compared with what a cut wrote (the system may change line endings). */
const normalized = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '');

/**
 * Pastes tab-separated values with their top-left at the selected cell, as
 * one undoable step. Nothing is dropped silently: a block larger than the
 * grid asks (add rows to the table / paste what fits / cancel), replacing
 * formulas asks (overwrite / keep them / cancel), and the status bar says
 * what was done. After a cut of the same text, the cut cells are cleared in
 * the same step (a move).
 */
export async function pasteAtSelection(services: AppServices, text: string): Promise<void> {
  const session = services.sessionStore.getState();
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(services.sessionStore.getState().lang, key, params);
  const rows = parseTsv(text);
  const { scenario, engine } = services.documentStore.getState();
  const plan = session.selected && rows.length > 0 ? planPaste(scenario, engine, session.selected, rows) : undefined;
  if (!plan) return;

  let added: Extension | undefined;
  let leftOut = plan.cellsBelow + plan.cellsRight;
  if (leftOut > 0) {
    const canExtend = plan.grid.kind === 'table' && plan.missingRows > 0;
    const answer = await session.ask({
      title: t('pasteTooBig'),
      message: t('pasteTooBigMessage', {
        ref: session.selected!, total: plan.cells.length + leftOut,
        where: [plan.cellsBelow > 0 ? t('pasteBelow', { n: plan.cellsBelow }) : '', plan.cellsRight > 0 ? t('pasteRight', { n: plan.cellsRight }) : ''].filter(Boolean).join(t('listSeparator')),
      }),
      buttons: [
        ...(canExtend ? [{ id: 'extend', label: t('pasteExtend', { n: plan.missingRows }) }] : []),
        { id: 'fit', label: t('pasteWhatFits') },
        { id: 'cancel', label: t('cancel') },
      ],
    });
    if (answer.button === 'cancel') return;
    if (answer.button === 'extend') {
      added = extension(plan, rows);
      leftOut = plan.cellsRight;
    }
  }

  let cells = [...plan.cells, ...(added?.cells ?? [])];
  const formulas = [...plan.formulas, ...(added?.formulas ?? [])];
  let kept = 0;
  if (formulas.length > 0) {
    const answer = await session.ask({
      title: t('overwriteFormulas'),
      message: t('overwriteFormulasMessage', { n: formulas.length, ref: formulas[0]! }),
      buttons: [{ id: 'overwrite', label: t('overwrite') }, { id: 'keep', label: t('keepFormulas') }, { id: 'cancel', label: t('cancel') }],
    });
    if (answer.button === 'cancel') return;
    if (answer.button === 'keep') {
      const keep = new Set(formulas);
      cells = cells.filter(([ref]) => !keep.has(ref));
      kept = formulas.length;
    }
  }

  const parsed = cells.map(([ref, cell]) => [ref, readTyped(services, ref, cell)] as const);
  const refused = parsed.find(([, input]) => !input.ok);
  if (refused && !refused[1].ok) {
    services.sessionStore.getState().notify({ kind: 'error', text: refused[1].error });
    return;
  }
  const entries = parsed.map(([ref, input]) => [ref, input.ok ? input.input : null] as const);
  const { cut, setCut } = services.sessionStore.getState();
  const moving = cut !== undefined && normalized(cut.text) === normalized(text);
  const targets = new Set(cells.map(([ref]) => ref));
  const cleared = moving ? block(scenario, cut.anchor, cut.extent).flat().filter((ref) => !targets.has(ref)).map((ref) => [ref, clearedInput()] as const) : [];
  const problem = services.documentStore.getState().setCells([...cleared, ...entries], added ? { grid: added.grid, names: added.names } : undefined);
  if (problem) {
    services.sessionStore.getState().notify({ kind: 'error', text: problem });
    return;
  }
  if (cut) setCut(undefined);
  const last = cells[cells.length - 1]?.[0];
  if (last) services.sessionStore.getState().select(session.selected, last === session.selected ? undefined : last);
  const report = [t('pasted', { n: entries.length })];
  if (added) report.push(t('pastedAddedRows', { n: added.names.length }));
  if (leftOut > 0) report.push(t('pastedLeftOut', { n: leftOut }));
  if (kept > 0) report.push(t('pastedKeptFormulas', { n: kept }));
  if (moving) report.push(t('pastedMoved'));
  services.sessionStore.getState().notify({ kind: 'info', text: report.join(t('listSeparator')) });
}
