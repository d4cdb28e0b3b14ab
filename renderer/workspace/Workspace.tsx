import { useRef } from 'react';
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
 * bar), the outline, the grids (the main area) with the charts docked beside
 * or below them, the key figures, and the status bar. The grids come first:
 * they are where the plan is made; the charts follow it.
 */
export function Workspace() {
  const t = useT();
  const grids = useDocument((state) => state.scenario.grids);
  const fileName = useSession((state) => state.fileName);
  const zoom = useSession((state) => state.zoom);
  const monthsOpen = useSession((state) => state.monthsOpen);
  const labOpen = useSession((state) => state.labOpen);
  const whatIfOpen = useSession((state) => state.whatIfOpen);
  const dock = useSession((state) => state.chartsDock);
  const workArea = useRef<HTMLDivElement>(null);
  const dockFr = `minmax(0, ${dock.size}fr)`;
  const gridsFr = `minmax(0, ${Math.round((1 - dock.size) * 100) / 100}fr)`;
  // The grids and the dock share the work area by fractions; a folded dock keeps only its header, the grids the rest.
  const tracks = dock.collapsed ? 'minmax(0, 1fr) auto' : `${gridsFr} ${dockFr}`;
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
        <div ref={workArea} className={`work-area dock-${dock.place}${dock.collapsed ? ' dock-collapsed' : ''}`}
          style={dock.place === 'side' ? { gridTemplateColumns: tracks } : { gridTemplateRows: tracks }}>
          <main className="grids">
            {monthsOpen ? <MonthGrid /> : null}
            {labOpen ? <TokenizerLab /> : null}
            {whatIfOpen ? <WhatIfPanel /> : null}
            {grids.map((grid) => <GridSection key={grid.id} grid={grid} />)}
          </main>
          <ChartsPanel area={workArea} />
        </div>
        <KpiPanel />
      </div>
      <StatusBar />
      <DialogHost />
    </div>
  );
}
