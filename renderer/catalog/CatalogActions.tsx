import { useState } from 'react';
import { GPUS_GRID, MODELS_GRID, readLiteLlmTable, reviewPrices, type PriceReview } from '../../models/catalog';
import { isoDay } from '../../models/scenario';
import type { PriceCatalog } from '../../shared/price-catalog-schema';
import type { Grid } from '../../shared/scenario-schema';
import { useServices } from '../hooks/services';
import { useDocument, useT } from '../hooks/store-hooks';
import { GpuRatePicker } from './GpuRatePicker';
import { ModelPicker } from './ModelPicker';
import { setImportedCatalog } from './price-catalog';
import { PriceReviewDialog } from './PriceReviewDialog';

/** A price table read and compared with the scenario, waiting for the user's review. */
interface PendingImport {
  readonly catalog: PriceCatalog;
  readonly review: PriceReview;
  readonly file: string;
}

/** Above the Models grid: pick a model from the price catalog, or import a newer price table and review what it changes; above the GPUs grid: pick a reference rate. */
export function CatalogActions({ grid }: { grid: Grid }) {
  const services = useServices();
  const t = useT();
  const [picking, setPicking] = useState(false);
  const [pending, setPending] = useState<PendingImport>();
  // A price review dates and sources the base's prices: it is not an edit of a named scenario.
  const inNamedScenario = useDocument((state) => state.activeId !== undefined);
  if (grid.name === GPUS_GRID && grid.kind === 'table') {
    return (
      <div className="row-actions catalog-actions">
        <button type="button" onClick={() => setPicking(true)}>{t('pickGpu')}</button>
        {picking ? <GpuRatePicker onClose={() => setPicking(false)} /> : null}
      </div>
    );
  }
  if (grid.name !== MODELS_GRID || grid.kind !== 'table') return null;
  const { notify } = services.sessionStore.getState();

  const importTable = async () => {
    const opened = await services.bridge.openPriceTable();
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') {
      notify({ kind: 'error', text: t('importFailed', { message: opened.message }) });
      return;
    }
    const read = readLiteLlmTable(opened.file.text, { date: isoDay(new Date(opened.file.modifiedMs)), origin: opened.file.name });
    if (!read.ok) {
      notify({ kind: 'error', text: t('importFailed', { message: `${opened.file.name}: ${read.error}` }) });
      return;
    }
    setPending({ catalog: read.catalog, review: reviewPrices(services.documentStore.getState().scenario, read.catalog), file: opened.file.name });
  };

  const finishImport = async (chosen: ReadonlySet<string> | undefined) => {
    const current = pending!;
    setPending(undefined);
    if (!chosen) return;
    const problem = services.documentStore.getState().applyPriceReview(current.review, chosen, current.catalog);
    if (problem) {
      notify({ kind: 'error', text: problem });
      return;
    }
    await services.bridge.installPriceCatalog(current.catalog);
    setImportedCatalog(current.catalog);
    notify({ kind: 'info', text: t('importDone', { date: current.catalog.date, n: current.review.changed.filter((change) => chosen.has(change.ref)).length }) });
  };

  return (
    <div className="row-actions catalog-actions">
      <button type="button" onClick={() => setPicking(true)}>{t('pickModel')}</button>
      <button type="button" onClick={() => void importTable()} disabled={inNamedScenario} title={inNamedScenario ? t('importPricesInScenario') : undefined}>{t('importPrices')}</button>
      {picking ? <ModelPicker onClose={() => setPicking(false)} /> : null}
      {pending ? <PriceReviewDialog review={pending.review} catalog={pending.catalog} file={pending.file} onDone={(chosen) => void finishImport(chosen)} /> : null}
    </div>
  );
}
