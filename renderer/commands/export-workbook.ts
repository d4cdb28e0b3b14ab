import { outputValues } from '../../models/outputs';
import { namedScenarioEngine } from '../../models/scenario';
import { activeScenarioName } from '../state/document-store';
import type { AppServices } from '../hooks/services';
import { blobToBase64 } from '../charts/chart-files';
import { translate } from '../i18n/translate';

/**
 * Writes the model as an Excel workbook of live formulas (the CLI's
 * business-case.xlsx): every grid a sheet, computed values cached. The
 * workbook code loads only when asked for, so it costs the app's start nothing.
 */
export async function exportWorkbook(services: AppServices): Promise<void> {
  const { scenario, activeId, computing, engine: shown } = services.documentStore.getState();
  // The cached values must be the document's: while the engine off the page is still computing, compute them here.
  const engine = computing ? namedScenarioEngine(scenario, activeScenarioName(scenario, activeId)) : shown;
  const { lang, fileName, notify } = services.sessionStore.getState();
  const { planModelWorkbook, writeWorkbookXlsx } = await import('../../models/exporters/workbook');
  const now = new Date();
  const bytes = await writeWorkbookXlsx(planModelWorkbook(scenario, engine, lang, outputValues(engine).map(([ref]) => ref), now), now);
  const base = (fileName ?? scenario.name).replace(/\.tokencast$/, '');
  const content = await blobToBase64(new Blob([bytes as BlobPart]));
  const result = await services.bridge.exportFile({ suggestedName: `${base}.xlsx`, content, encoding: 'base64' });
  if (result.status === 'failed') notify({ kind: 'error', text: translate(lang, 'saveFailed', { message: result.message }) });
  if (result.status === 'saved') notify({ kind: 'info', text: translate(lang, 'saved', { name: result.name }) });
}
