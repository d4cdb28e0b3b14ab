import { create } from 'zustand';
import type { Lang } from '../../shared/lang';
import { clampDockSize, DEFAULT_DOCK, type ChartsDock, type ChartsPlace } from './charts-dock';

/** A message shown briefly in the status bar. */
export interface Notice {
  readonly kind: 'info' | 'error';
  readonly text: string;
}

/** A question for the user, answered by pressing one of its buttons. */
export interface DialogRequest {
  readonly title: string;
  readonly message?: string;
  /**
   * A text field, with its label and starting value. With `apply`, the first
   * button applies what was typed; a problem it returns keeps the dialog open,
   * the text as typed and the reason beside the field.
   */
  readonly input?: { readonly label: string; readonly value: string; readonly apply?: (value: string) => string | undefined };
  /** Buttons, the first is the default (Enter); `cancel` is also what Escape answers. */
  readonly buttons: ReadonlyArray<{ readonly id: string; readonly label: string }>;
}

/** The user's answer to a dialog. */
export interface DialogAnswer {
  readonly button: string;
  readonly value: string;
}

/** A block cut to the clipboard: its cells are cleared when the same text is pasted (as in Google Sheets). */
export interface CutBlock {
  readonly anchor: string;
  readonly extent: string | undefined;
  /** The clipboard text the cut wrote; a paste of anything else is an ordinary paste. */
  readonly text: string;
}

/** What the user is doing right now; never saved into the document. */
export interface SessionState {
  /** The selected cell's reference. */
  readonly selected: string | undefined;
  /** The far corner of a selected block (shift-click, shift-arrows), in the same grid. */
  readonly extent: string | undefined;
  /** The block waiting to be moved by a paste, after a cut. */
  readonly cut: CutBlock | undefined;
  /** Where the document lives on disk, if anywhere. */
  readonly filePath: string | undefined;
  readonly fileName: string | undefined;
  /** The file's modification time when opened or last saved. */
  readonly modifiedMs: number | undefined;
  /** Recovery id of this document's unsaved work. */
  readonly recoveryId: string;
  readonly lang: Lang;
  readonly zoom: number;
  /** The outline panel open or folded; undefined: as suits the window (folded when narrow). */
  readonly outlineOpen: boolean | undefined;
  /** Highlight what the selected cell reads and what reads it. */
  readonly showDependencies: boolean;
  /** The month-by-month grid of the series rows is open. */
  readonly monthsOpen: boolean;
  /** Table grids show their Source column. */
  readonly showSources: boolean;
  /** The tokenizer lab is open. */
  readonly labOpen: boolean;
  /** The what-if panels (compare, tornado, goal seek, data table, Monte Carlo) are open. */
  readonly whatIfOpen: boolean;
  /** Where the charts sit, folded or not, and how large (a view preference, kept across reloads by the app). */
  readonly chartsDock: ChartsDock;
  /** Text typed into a cell and refused: the formula bar takes it over, so it can be fixed rather than typed again. */
  readonly refusedText: { readonly ref: string; readonly text: string } | undefined;
  readonly notice: Notice | undefined;
  /** The open dialog and how to answer it. */
  readonly dialog: (DialogRequest & { readonly answer: (answer: DialogAnswer) => void }) | undefined;
  /** Opens a dialog and waits for the answer. */
  ask(request: DialogRequest): Promise<DialogAnswer>;
  /** Selects one cell, or with `extent` a block from `ref` to `extent`. */
  select(ref: string | undefined, extent?: string): void;
  setCut(cut: CutBlock | undefined): void;
  setFile(file: { path: string | undefined; name: string | undefined; modifiedMs: number | undefined }): void;
  setLang(lang: Lang): void;
  setZoom(zoom: number): void;
  setOutlineOpen(open: boolean): void;
  toggleDependencies(): void;
  /** Opens or closes the month-by-month grid. */
  toggleMonths(): void;
  /** Shows or hides the Source column of the grids. */
  toggleSources(): void;
  /** Opens or closes the tokenizer lab. */
  toggleLab(): void;
  /** Opens or closes the what-if panels. */
  toggleWhatIf(): void;
  /** Moves the charts beside the grids or below them. */
  placeCharts(place: ChartsPlace): void;
  /** Folds the charts to their header, or shows them. */
  collapseCharts(collapsed: boolean): void;
  /** Sets the charts' share of the work area (kept within 20–80 %). */
  resizeCharts(size: number): void;
  /** Hands refused text to the formula bar (undefined: it took it). */
  keepRefusedText(refused: { ref: string; text: string } | undefined): void;
  notify(notice: Notice | undefined): void;
}

const newRecoveryId = () => `doc-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Creates the session store. */
export function createSessionStore(lang: Lang, chartsDock: ChartsDock = DEFAULT_DOCK) {
  return create<SessionState>()((set) => ({
    selected: undefined,
    extent: undefined,
    cut: undefined,
    filePath: undefined,
    fileName: undefined,
    modifiedMs: undefined,
    recoveryId: newRecoveryId(),
    lang,
    zoom: 1,
    outlineOpen: undefined,
    showDependencies: true,
    monthsOpen: false,
    showSources: true,
    labOpen: false,
    whatIfOpen: false,
    chartsDock,
    refusedText: undefined,
    notice: undefined,
    dialog: undefined,
    ask: (request) => new Promise<DialogAnswer>((resolve) => {
      set({ dialog: { ...request, answer: (answer) => { set({ dialog: undefined }); resolve(answer); } } });
    }),
    select: (selected, extent) => set({ selected, extent }),
    setCut: (cut) => set({ cut }),
    setFile: (file) => set({ filePath: file.path, fileName: file.name, modifiedMs: file.modifiedMs, recoveryId: newRecoveryId() }),
    setLang: (next) => set({ lang: next }),
    setZoom: (zoom) => set({ zoom: Math.min(2, Math.max(0.5, zoom)) }),
    setOutlineOpen: (outlineOpen) => set({ outlineOpen }),
    toggleDependencies: () => set((state) => ({ showDependencies: !state.showDependencies })),
    toggleMonths: () => set((state) => ({ monthsOpen: !state.monthsOpen })),
    toggleSources: () => set((state) => ({ showSources: !state.showSources })),
    toggleLab: () => set((state) => ({ labOpen: !state.labOpen })),
    toggleWhatIf: () => set((state) => ({ whatIfOpen: !state.whatIfOpen })),
    placeCharts: (place) => set((state) => ({ chartsDock: { ...state.chartsDock, place } })),
    collapseCharts: (collapsed) => set((state) => ({ chartsDock: { ...state.chartsDock, collapsed } })),
    resizeCharts: (size) => set((state) => ({ chartsDock: { ...state.chartsDock, size: clampDockSize(size) } })),
    keepRefusedText: (refusedText) => set({ refusedText }),
    notify: (notice) => set({ notice }),
  }));
}

/** The session store's hook type. */
export type SessionStore = ReturnType<typeof createSessionStore>;
