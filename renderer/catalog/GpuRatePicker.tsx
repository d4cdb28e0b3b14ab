import { useMemo, useState } from 'react';
import { GPUS_GRID, GPU_RATES, type GpuRate } from '../../models/catalog';
import { cellRef, parseRef } from '../../models/engine';
import { formatNumber } from '../../models/format/format-value';
import { useServices } from '../hooks/services';
import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { ModalLayer } from '../workspace/ModalLayer';

/** The reference GPU rates that ship with the app (AWS on-demand list prices) with their source; picking one fills a GPUs row. */
export function GpuRatePicker({ onClose }: { onClose: () => void }) {
  const services = useServices();
  const t = useT();
  const lang = useSession((state) => state.lang);
  const selected = useSession((state) => state.selected);
  const grid = useDocument((state) => state.scenario.grids.find((g) => g.name === GPUS_GRID));
  const rows = useMemo(() => grid?.rows.map((row) => row.name) ?? [], [grid]);
  const selectedPlace = selected === undefined ? undefined : parseRef(selected);
  const [target, setTarget] = useState(selectedPlace?.grid === GPUS_GRID ? selectedPlace.row : '');
  const pick = (rate: GpuRate) => {
    const { notify, select } = services.sessionStore.getState();
    let filled: string | undefined;
    const problem = services.documentStore.getState().pickGpuRate(target || undefined, rate, (row) => (filled = row));
    if (problem) {
      notify({ kind: 'error', text: problem });
      return;
    }
    select(cellRef(GPUS_GRID, filled!, 'on_demand_hourly'));
    onClose();
  };
  return (
    <ModalLayer labelledBy="gpu-picker-title" onClose={onClose}>
      <div className="dialog picker">
        <h2 id="gpu-picker-title">{t('gpuPickerTitle')}</h2>
        <p className="picker-catalog">{GPU_RATES[0]!.source} · {t('asOf', { date: GPU_RATES[0]!.asOf })}</p>
        <label className="picker-target">
          {t('pickerFill')}
          <select aria-label={t('pickerFill')} value={target} onChange={(event) => setTarget(event.target.value)}>
            <option value="">{t('pickerNewRow')}</option>
            {rows.map((row) => <option key={row} value={row}>{t('pickerRow', { row })}</option>)}
          </select>
        </label>
        <div className="picker-list">
          <table>
            <thead><tr><th>{t('col.gpu')}</th><th>{t('col.hourly')}</th><th>{t('col.memory')}</th></tr></thead>
            <tbody>
              {GPU_RATES.map((rate) => (
                <tr key={rate.row} data-gpu={rate.row} onClick={() => pick(rate)}>
                  <td><button type="button" className="link-button" onClick={(event) => { event.stopPropagation(); pick(rate); }}>{rate.name}</button></td>
                  <td className="num">{formatNumber(rate.hourly, 'currency', lang)}</td>
                  <td className="num">{rate.memoryGb}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>{t('cancel')}</button>
        </div>
      </div>
    </ModalLayer>
  );
}
