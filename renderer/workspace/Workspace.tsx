import { useDocument, useSession, useT } from '../hooks/store-hooks';
import { ChartsPanel } from '../charts/ChartsPanel';
import { GridSection } from '../grids/GridSection';
import { MonthGrid } from '../months/MonthGrid';
import { CellSourceBar } from '../sources/CellSourceBar';
import { TokenizerLab } from '../tokenizer/TokenizerLab';
import { WhatIfPanel } from '../whatif/WhatIfPanel';
import { DialogHost } from './DialogHost';
import { FormulaBar } from './FormulaBar';
import { KpiPanel } from './KpiPanel';
import { NameBox } from './NameBox';
import { Outline } from './Outline';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';

/**
 * The layout, in landmarks: a banner (title, toolbar, Name Box and formula
 * bar), the outline, the main area with charts and grids, the key figures,
 * and the status bar.
 */
export function Workspace() {
  const t = useT();
  const grids = useDocument((state) => state.scenario.grids);
  const fileName = useSession((state) => state.fileName);
  const zoom = useSession((state) => state.zoom);
  const monthsOpen = useSession((state) => state.monthsOpen);
  const labOpen = useSession((state) => state.labOpen);
  const whatIfOpen = useSession((state) => state.whatIfOpen);
  return (
    <div className="workspace" style={{ zoom }}>
      <header className="banner">
        <h1 className="visually-hidden">{fileName ?? t('untitled')} — {t('appName')}</h1>
        <Toolbar />
        <div className="edit-line">
          <NameBox />
          <FormulaBar />
          <CellSourceBar />
        </div>
      </header>
      <div className="panes">
        <Outline />
        <main className="grids">
          {monthsOpen ? <MonthGrid /> : null}
          {labOpen ? <TokenizerLab /> : null}
          {whatIfOpen ? <WhatIfPanel /> : null}
          <ChartsPanel />
          {grids.map((grid) => <GridSection key={grid.id} grid={grid} />)}
        </main>
        <KpiPanel />
      </div>
      <StatusBar />
      <DialogHost />
    </div>
  );
}
