import { CHART_IDS, chartData, chartOption, chartTitle } from '../../models/charts';
import { integerRefs } from '../../models/analysis';
import { businessCase, businessCaseHtml, caseFooter, caseWhatIf, renderChartSvg, tcoDrivers } from '../../models/exporters';
import { cellCatalog, inputMisfits, namedScenarioEngine } from '../../models/scenario';
import { scenarioTitle } from '../../models/templates';
import type { AppServices } from '../hooks/services';
import { translate } from '../i18n/translate';
import { activeScenarioName } from '../state/document-store';

/**
 * Writes the business case as a PDF (desktop: printToPDF into a file the user
 * picks; browser: the print dialog), in the UI language: the same page as the
 * CLI's business-case.html, with the scenarios compared and the tornado of the TCO.
 */
export async function exportBusinessCase(services: AppServices): Promise<void> {
  const { scenario, activeId } = services.documentStore.getState();
  // An engine of its own: the drivers move inputs, and the workspace's engine may be computing off the page.
  const engine = namedScenarioEngine(scenario, activeScenarioName(scenario, activeId));
  const { lang, fileName, notify } = services.sessionStore.getState();
  const catalog = cellCatalog(scenario);
  const data = chartData(engine, catalog, lang);
  const doc = businessCase(engine, catalog, { scenario: scenarioTitle(scenario.name, lang), file: fileName ?? translate(lang, 'untitled'), date: new Date(), lang, staleAfterDays: scenario.staleAfterDays, misfits: inputMisfits(scenario) }, tcoDrivers(engine, integerRefs(scenario)));
  const figures = CHART_IDS.map((id) => ({ id, title: chartTitle(id, lang), svg: renderChartSvg(chartOption(id, data, lang, { footer: caseFooter(doc) })) }));
  const base = (fileName ?? scenario.name).replace(/\.tokencast$/, '');
  // The tornado moves inputs: on an engine of its own, never the workspace's.
  const whatIf = caseWhatIf(scenario, namedScenarioEngine(scenario, activeScenarioName(scenario, activeId)), catalog, lang);
  const result = await services.bridge.exportPdf({ suggestedName: `${base} — business case.pdf`, html: businessCaseHtml(doc, figures, '', whatIf) });
  if (result.status === 'failed') notify({ kind: 'error', text: translate(lang, 'saveFailed', { message: result.message }) });
  if (result.status === 'saved') notify({ kind: 'info', text: translate(lang, 'saved', { name: result.name }) });
}
