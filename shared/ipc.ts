import { z } from 'zod';
import { langSchema, type Lang } from './lang';
import { priceCatalogSchema, type PriceCatalog } from './price-catalog-schema';

/**
 * The one bridge between the UI and the host (Electron's main process, or the
 * browser). Each channel `tokencast:domain:verb` has a zod schema for its
 * request and its response; the main process validates every payload with
 * them, and the preload exposes `window.tokencast`, which satisfies
 * {@link TokencastBridge}. The browser build implements the same interface.
 */

/** A file as the UI sees it: where it lives, its text, and when it was last modified (to detect changes by others). */
export const openedFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  text: z.string(),
  modifiedMs: z.number(),
});

/** A request to save a document's text. `path` absent = ask where (Save As). */
export const saveRequestSchema = z.object({
  path: z.string().optional(),
  suggestedName: z.string(),
  text: z.string(),
  /** The modification time the document was opened or last saved with; a newer file on disk means someone else changed it. */
  expectedModifiedMs: z.number().optional(),
  /** Overwrite even if the file changed on disk (the user said so). */
  overwrite: z.boolean().optional(),
});

/** A file to export (a chart image, a document): where to suggest, what to write. */
export const exportRequestSchema = z.object({
  suggestedName: z.string(),
  /** Text, or base64 for binary content. */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']),
});

/** A business case to print to PDF: a self-contained HTML page. */
export const pdfRequestSchema = z.object({ suggestedName: z.string(), html: z.string() });

/** The outcome of a save. */
export const saveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), name: z.string(), modifiedMs: z.number() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('changed-on-disk'), modifiedMs: z.number() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

/** The outcome of an open. */
export const openResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), file: openedFileSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

/** A recently used file. */
export const recentFileSchema = z.object({ path: z.string(), name: z.string() });

/** Unsaved work kept in the recovery folder: one copy per document of a window. */
export const recoveryEntrySchema = z.object({
  id: z.string(),
  /** The window (or browser tab) that keeps this copy; others offer it only once that window is gone. Absent in older copies: offered. */
  owner: z.string().optional(),
  name: z.string(),
  path: z.string().optional(),
  text: z.string(),
  savedAtMs: z.number(),
});

/** The commands the native menu can send; the renderer's dispatcher runs them. */
export const commandIds = [
  'file.new', 'file.open', 'file.save', 'file.saveAs', 'file.export', 'file.exportWorkbook', 'file.close',
  'edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll', 'edit.find',
  'view.lang.en', 'view.lang.zh', 'view.months', 'view.sources', 'view.lab', 'view.whatIf', 'view.charts', 'view.zoomIn', 'view.zoomOut', 'view.zoomReset',
  'view.nextPane', 'view.previousPane', 'help.about',
] as const;

/** A command id. */
export const commandIdSchema = z.enum(commandIds);

/** Every invoke channel with its request and response schemas. */
export const channels = {
  'tokencast:file:open': { request: z.object({ path: z.string().optional() }), response: openResultSchema },
  'tokencast:file:save': { request: saveRequestSchema, response: saveResultSchema },
  'tokencast:file:export': { request: exportRequestSchema, response: saveResultSchema },
  'tokencast:file:export-pdf': { request: pdfRequestSchema, response: saveResultSchema },
  /** From the preload only (not on the bridge): the user dropped this file on the window, so the UI may name it. */
  'tokencast:file:dropped': { request: z.object({ path: z.string() }), response: z.object({ ok: z.boolean() }) },
  'tokencast:recent:list': { request: z.object({}), response: z.array(recentFileSchema) },
  'tokencast:recent:add': { request: z.object({ path: z.string() }), response: z.object({ ok: z.boolean() }) },
  'tokencast:recovery:write': { request: recoveryEntrySchema, response: z.object({ ok: z.boolean() }) },
  'tokencast:recovery:list': { request: z.object({}), response: z.array(recoveryEntrySchema) },
  'tokencast:recovery:clear': { request: z.object({ id: z.string() }), response: z.object({ ok: z.boolean() }) },
  'tokencast:window:state': { request: z.object({ title: z.string(), dirty: z.boolean() }), response: z.object({ ok: z.boolean() }) },
  'tokencast:settings:lang': { request: z.object({ lang: langSchema.optional() }), response: z.object({ lang: langSchema }) },
  /** Asks for a price table (LiteLLM's JSON format) and reads it; the renderer checks it. */
  'tokencast:prices:open': { request: z.object({}), response: openResultSchema },
  /** The price catalog installed by an import (the app's or the CLI's), or null: the built-in one applies. */
  'tokencast:prices:installed': { request: z.object({}), response: priceCatalogSchema.nullable() },
  /** Installs a catalog the user imported, for the app and the CLI from then on. */
  'tokencast:prices:install': { request: priceCatalogSchema, response: z.object({ ok: z.boolean() }) },
  /** Forgets the imported catalog: the one that ships with the app applies again. */
  'tokencast:prices:reset': { request: z.object({}), response: z.object({ ok: z.boolean() }) },
} as const;

/** An invoke channel name. */
export type Channel = keyof typeof channels;
/** The request of a channel. */
export type RequestOf<C extends Channel> = z.infer<(typeof channels)[C]['request']>;
/** The response of a channel. */
export type ResponseOf<C extends Channel> = z.infer<(typeof channels)[C]['response']>;

/** Events the host sends to the UI. */
export const events = {
  /** A menu item was chosen. */
  'tokencast:menu:command': commandIdSchema,
  /** The OS or a second launch asked to open a file. */
  'tokencast:file:open-path': z.string(),
  /** The window is closing: the UI answers with {@link Channel} `tokencast:window:state` and may ask the user. */
  'tokencast:window:close-requested': z.object({}),
} as const;

/** An event name. */
export type EventName = keyof typeof events;

/** A file opened through the bridge. */
export type OpenedFile = z.infer<typeof openedFileSchema>;
/** A save request. */
export type SaveRequest = z.infer<typeof saveRequestSchema>;
/** A save outcome. */
export type SaveResult = z.infer<typeof saveResultSchema>;
/** An open outcome. */
export type OpenResult = z.infer<typeof openResultSchema>;
/** An export request. */
export type ExportRequest = z.infer<typeof exportRequestSchema>;
/** A PDF request. */
export type PdfRequest = z.infer<typeof pdfRequestSchema>;
/** A recent file. */
export type RecentFile = z.infer<typeof recentFileSchema>;
/** A recovery entry. */
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
/** A command id. */
export type CommandId = z.infer<typeof commandIdSchema>;

/** What `window.tokencast` offers the UI. */
export interface TokencastBridge {
  /** Where the UI runs. */
  readonly host: 'electron' | 'browser';
  /** This window (or browser tab) for the whole of its life: the owner of its recovery copies. */
  readonly windowId: string;
  /** Opens a file: the given path (recent files, OS), or one the user picks. */
  open(path?: string): Promise<OpenResult>;
  /** Saves text to a path, or asks where when there is none. */
  save(request: SaveRequest): Promise<SaveResult>;
  /** Writes an exported file where the user chooses (desktop) or as a download (browser). */
  exportFile(request: ExportRequest): Promise<SaveResult>;
  /** Turns a business-case page into a PDF the user saves (desktop), or opens the print dialog (browser). */
  exportPdf(request: PdfRequest): Promise<SaveResult>;
  /** Recently used files, newest first. */
  recentFiles(): Promise<RecentFile[]>;
  /** Puts a file just opened at the top of the recent files: the UI calls it once the file has loaded, so a file that fails to open never enters the list. */
  addRecent(path: string): Promise<void>;
  /** Keeps unsaved work so it survives a crash. */
  writeRecovery(entry: RecoveryEntry): Promise<void>;
  /** Unsaved work whose window is gone (a crash, a closed tab): never another open window's. */
  listRecovery(): Promise<RecoveryEntry[]>;
  /** Forgets unsaved work (saved, restored or discarded). */
  clearRecovery(id: string): Promise<void>;
  /** Tells the host the window title and whether there are unsaved changes. */
  setWindowState(title: string, dirty: boolean): Promise<void>;
  /** The remembered UI language, or the OS's; with `lang`, remembers it. */
  language(lang?: Lang): Promise<Lang>;
  /** Asks for a price table file (LiteLLM's JSON format) and reads its text and modification time. */
  openPriceTable(): Promise<OpenResult>;
  /** The price catalog installed by an import (here or with `tokencast prices import`), or null. */
  installedPriceCatalog(): Promise<PriceCatalog | null>;
  /** Keeps an imported catalog in the app's storage, with its date. */
  installPriceCatalog(catalog: PriceCatalog): Promise<void>;
  /** Forgets the imported catalog, so the shipped one applies again (for the CLI too, on the desktop). */
  resetPriceCatalog(): Promise<void>;
  /** Calls back for every menu command; returns an unsubscribe function. */
  onCommand(listener: (id: CommandId) => void): () => void;
  /** Calls back when the OS or a second launch asks to open a file. */
  onOpenPath(listener: (path: string) => void): () => void;
}
