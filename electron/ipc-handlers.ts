import path from 'node:path';
import { FILE_EXTENSION } from '../shared/scenario-schema';
import { channels, type Channel, type OpenResult, type RequestOf, type ResponseOf, type SaveResult } from '../shared/ipc';
import type { Lang } from '../shared/lang';
import type { AppStorage } from './app-storage';
import { describeSaveError, saveAtomically } from './atomic-save';
import type { FileSystem } from './file-system';
import { readDocument } from './read-document';
import type { RecoveryOwners } from './recovery-owners';

/** What the handlers need from Electron and the machine; injected so they run in tests. */
export interface HandlerDeps {
  readonly fs: FileSystem;
  readonly storage: AppStorage;
  /** Recovery copies by the window that keeps them. */
  readonly recovery: RecoveryOwners;
  readonly now: () => number;
  /** Asks which file to open; undefined when cancelled. */
  readonly chooseFileToOpen: () => Promise<string | undefined>;
  /** Asks which price table (JSON) to import; undefined when cancelled. */
  readonly choosePriceTable: () => Promise<string | undefined>;
  /** Asks where to save; undefined when cancelled. */
  readonly chooseFileToSave: (suggestedName: string) => Promise<string | undefined>;
  readonly systemLang: () => Lang;
  /** The window's title and dirty flag changed. */
  readonly windowState: (title: string, dirty: boolean) => void;
  /** Renders a self-contained HTML page to PDF bytes. */
  readonly printToPdf: (html: string) => Promise<Uint8Array>;
}

/** Every channel's handler. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

/** The main process's side of the bridge. */
export function createHandlers(deps: HandlerDeps): Handlers {
  /** Files handed to the UI or saved by it: the only paths it may put into the recent files. */
  const known = new Set<string>();
  return {
    'tokencast:file:open': async ({ path: given }) => {
      const result = await openFile(deps, given);
      if (result.status === 'opened') known.add(result.file.path);
      return result;
    },
    'tokencast:file:save': async (request) => {
      const target = request.path ?? (await deps.chooseFileToSave(request.suggestedName));
      if (!target) return { status: 'cancelled' };
      const file = path.extname(target) ? target : `${target}.${FILE_EXTENSION}`;
      const outcome = await saveAtomically(deps.fs, file, request.text, { expectedModifiedMs: request.expectedModifiedMs, overwrite: request.overwrite, now: deps.now });
      if (outcome.status !== 'saved') return outcome satisfies SaveResult;
      known.add(file);
      await deps.storage.addRecent(file).catch(() => undefined);
      return { status: 'saved', path: file, name: path.basename(file), modifiedMs: outcome.modifiedMs };
    },
    'tokencast:file:export': async (request) => writeChosenFile(deps, request.suggestedName, request.encoding === 'base64' ? Buffer.from(request.content, 'base64') : request.content),
    'tokencast:file:export-pdf': async (request) => writeChosenFile(deps, request.suggestedName, await deps.printToPdf(request.html)),
    // Nothing to do with the file itself: guardFileAccess records it as one the user chose.
    'tokencast:file:dropped': async () => ({ ok: true }),
    'tokencast:recent:list': () => deps.storage.recentFiles(),
    'tokencast:recent:add': async ({ path: file }) => {
      if (!known.has(file)) return { ok: false };
      await deps.storage.addRecent(file);
      return { ok: true };
    },
    'tokencast:recovery:write': async (entry) => ({ ok: await deps.recovery.write(entry) }),
    'tokencast:recovery:list': () => deps.recovery.orphans(),
    'tokencast:recovery:clear': async ({ id }) => {
      await deps.storage.clearRecovery(id);
      return { ok: true };
    },
    'tokencast:window:state': async ({ title, dirty }) => {
      deps.windowState(title, dirty);
      return { ok: true };
    },
    'tokencast:settings:lang': async ({ lang }) => {
      if (lang) await deps.storage.updateSettings({ lang });
      return { lang: lang ?? (await deps.storage.language()) ?? deps.systemLang() };
    },
    // The file comes from the dialog, never from the renderer, so no grant is involved.
    'tokencast:prices:open': async () => {
      const file = await deps.choosePriceTable();
      return file ? openFile(deps, file) : { status: 'cancelled' };
    },
    'tokencast:prices:installed': () => deps.storage.priceCatalog(),
    'tokencast:prices:install': async (catalog) => {
      await deps.storage.installPriceCatalog(catalog);
      return { ok: true };
    },
    'tokencast:prices:reset': async () => {
      await deps.storage.resetPriceCatalog();
      return { ok: true };
    },
  };
}

/** Asks where to write an exported file, then writes it atomically. */
async function writeChosenFile(deps: HandlerDeps, suggestedName: string, content: string | Uint8Array): Promise<SaveResult> {
  const target = await deps.chooseFileToSave(suggestedName);
  if (!target) return { status: 'cancelled' };
  const outcome = await saveAtomically(deps.fs, target, content, { overwrite: true, now: deps.now });
  return outcome.status === 'saved' ? { status: 'saved', path: target, name: path.basename(target), modifiedMs: outcome.modifiedMs } : outcome;
}

async function openFile(deps: HandlerDeps, given: string | undefined): Promise<OpenResult> {
  const file = given ?? (await deps.chooseFileToOpen());
  if (!file) return { status: 'cancelled' };
  try {
    const read = await readDocument(deps.fs, file);
    if (read.status === 'failed') return read;
    // Not yet a recent file: the UI adds it once the scenario has loaded (tokencast:recent:add).
    return { status: 'opened', file: { path: file, name: path.basename(file), text: read.text, modifiedMs: read.modifiedMs } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { status: 'failed', message: code === 'ENOENT' ? `${path.basename(file)} does not exist (moved or deleted?)` : describeSaveError(file, error as Error).replace('could not be saved', 'could not be read') };
  }
}

/** Where handlers are registered: Electron's ipcMain, or a stand-in in tests. */
export interface HandlerRegistry {
  handle(channel: string, listener: (event: { senderFrame?: { url: string } | null }, payload: unknown) => Promise<unknown>): void;
}

/**
 * Registers every handler: refuses a channel registered twice, accepts calls
 * only from the app's own pages, and validates each request and response
 * against the shared schemas.
 */
export function registerHandlers(registry: HandlerRegistry, handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  const registered = new Set<string>();
  for (const channel of Object.keys(channels) as Channel[]) {
    if (registered.has(channel)) throw new Error(`IPC channel ${channel} is registered twice`);
    registered.add(channel);
    const { request, response } = channels[channel];
    const handler = handlers[channel] as (payload: unknown) => Promise<unknown>;
    registry.handle(channel, async (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) throw new Error(`refused ${channel} from ${url || 'an unknown frame'}`);
      const parsed = request.safeParse(payload);
      if (!parsed.success) throw new Error(`${channel}: invalid request: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
      return response.parse(await handler(parsed.data));
    });
  }
}
