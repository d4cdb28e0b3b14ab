import { MAX_SCENARIO_BYTES, decodeFileText, tooLargeMessage } from '../../shared/file-text';
import type { ExportRequest, OpenedFile, OpenResult, PdfRequest, RecentFile, RecoveryEntry, SaveRequest, SaveResult, TokencastBridge } from '../../shared/ipc';
import { isLang, type Lang } from '../../shared/lang';
import { priceCatalogSchema, type PriceCatalog } from '../../shared/price-catalog-schema';
import { systemLang } from '../i18n/translate';
import { KeyValueDb } from './indexed-db';
import { holdOwnerLock, liveOwners } from './owner-locks';

/** A file remembered by the browser: recent files keep their text, since a web page cannot reopen a path. */
interface StoredFile extends RecentFile {
  readonly text: string;
  readonly usedAtMs: number;
}

const RECENT_LIMIT = 10;
const LANG_KEY = 'tokencast.lang';
/** The imported price catalog (a few hundred KB: localStorage holds it, and reads it without waiting). */
const CATALOG_KEY = 'tokencast.priceCatalog';

/** Lets the user pick a file with a file input (works in every browser and in automated tests). */
function pickFile(accept = '.tokencast,application/json'): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? undefined), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    document.body.append(input);
    input.click();
    input.remove();
  });
}

/** A file the user picked or dropped, decoded the way every host decodes files; too large or not UTF-8 fails with the reason. */
export async function readPickedFile(file: File): Promise<OpenResult> {
  if (file.size > MAX_SCENARIO_BYTES) return { status: 'failed', message: tooLargeMessage(file.name, file.size) };
  const decoded = decodeFileText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: 'failed', message: `${file.name}: ${decoded.error}` };
  return { status: 'opened', file: { path: `browser:${file.name}`, name: file.name, text: decoded.text, modifiedMs: file.lastModified } };
}

/** Offers content as a download under a name (the browser's save). */
function download(name: string, content: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Prints a self-contained page through a hidden frame: the browser's print dialog saves it as PDF. */
function printPage(html: string): void {
  const frame = document.createElement('iframe');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.contentWindow?.print();
    setTimeout(() => frame.remove(), 60_000);
  }, { once: true });
  document.body.append(frame);
}

/**
 * The bridge for the web build: open through a file picker, save through a
 * download, recent files and crash recovery in IndexedDB (shared by every
 * tab of the site; see owner-locks for whose copies are whose), the language
 * and the imported price catalog in localStorage. Paths are `browser:NAME`.
 */
export function createBrowserBridge(): TokencastBridge {
  const db = new KeyValueDb('tokencast', ['recent', 'recovery']);
  const remember = async (name: string, text: string) => {
    await db.put('recent', name, { path: `browser:${name}`, name, text, usedAtMs: Date.now() } satisfies StoredFile);
  };
  /** Files opened but not yet known to load: they enter the recent files only when the UI says they did (addRecent). */
  const opened = new Map<string, OpenedFile>();
  const windowId = `win-${crypto.randomUUID()}`;
  // Held from the start, so no other tab ever sees this tab's copies as orphans, even for the first write.
  const holding = holdOwnerLock(windowId);
  return {
    host: 'browser',
    windowId,
    async open(path?: string): Promise<OpenResult> {
      if (path) {
        const stored = await db.get<StoredFile>('recent', path.replace(/^browser:/, ''));
        if (!stored) return { status: 'failed', message: 'not among the recent files any more' };
        const file = { path: stored.path, name: stored.name, text: stored.text, modifiedMs: stored.usedAtMs };
        opened.set(file.path, file);
        return { status: 'opened', file };
      }
      const picked = await pickFile();
      if (!picked) return { status: 'cancelled' };
      const result = await readPickedFile(picked);
      if (result.status === 'opened') opened.set(result.file.path, result.file);
      return result;
    },
    async save(request: SaveRequest): Promise<SaveResult> {
      const name = request.path?.replace(/^browser:/, '') ?? request.suggestedName;
      download(name, request.text);
      await remember(name, request.text);
      return { status: 'saved', path: `browser:${name}`, name, modifiedMs: Date.now() };
    },
    async exportFile(request: ExportRequest): Promise<SaveResult> {
      const content = request.encoding === 'base64' ? Uint8Array.from(atob(request.content), (c) => c.charCodeAt(0)) : request.content;
      download(request.suggestedName, content, 'application/octet-stream');
      return { status: 'saved', path: `browser:${request.suggestedName}`, name: request.suggestedName, modifiedMs: Date.now() };
    },
    async exportPdf(request: PdfRequest): Promise<SaveResult> {
      printPage(request.html);
      return { status: 'cancelled' };
    },
    async recentFiles() {
      const files = await db.all<StoredFile>('recent');
      return files.sort((a, b) => b.usedAtMs - a.usedAtMs).slice(0, RECENT_LIMIT).map(({ path, name }) => ({ path, name }));
    },
    async addRecent(path: string) {
      const file = opened.get(path);
      opened.delete(path);
      if (file) await remember(file.name, file.text);
    },
    async writeRecovery(entry: RecoveryEntry) {
      await holding;
      await db.put('recovery', entry.id, entry);
    },
    async listRecovery() {
      const [entries, live] = await Promise.all([db.all<RecoveryEntry>('recovery'), liveOwners()]);
      return entries.filter((entry) => !entry.owner || !live.has(entry.owner));
    },
    clearRecovery: (id: string) => db.delete('recovery', id),
    async setWindowState(title: string) {
      document.title = title;
    },
    async language(lang?: Lang) {
      if (lang) localStorage.setItem(LANG_KEY, lang);
      const stored = localStorage.getItem(LANG_KEY);
      return isLang(stored) ? stored : systemLang();
    },
    async openPriceTable(): Promise<OpenResult> {
      const file = await pickFile('.json,application/json');
      return file ? readPickedFile(file) : { status: 'cancelled' };
    },
    async installedPriceCatalog(): Promise<PriceCatalog | null> {
      const stored = localStorage.getItem(CATALOG_KEY);
      if (stored === null) return null;
      try {
        const parsed = priceCatalogSchema.safeParse(JSON.parse(stored));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async installPriceCatalog(catalog: PriceCatalog) {
      localStorage.setItem(CATALOG_KEY, JSON.stringify(catalog));
    },
    async resetPriceCatalog() {
      localStorage.removeItem(CATALOG_KEY);
    },
    onCommand: () => () => undefined,
    onOpenPath: () => () => undefined,
  };
}
