import path from 'node:path';
import { z } from 'zod';
import { recentFileSchema, recoveryEntrySchema, type RecentFile, type RecoveryEntry } from '../shared/ipc';
import { langSchema, type Lang } from '../shared/lang';
import { PRICE_CATALOG_FILE, priceCatalogSchema, type PriceCatalog } from '../shared/price-catalog-schema';
import { saveAtomically } from './atomic-save';
import type { FileSystem } from './file-system';

const RECENT_LIMIT = 10;

const settingsSchema = z.object({
  lang: langSchema.optional(),
  window: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number(), maximized: z.boolean() }).optional(),
});

/** What the app remembers between runs. */
export type Settings = z.infer<typeof settingsSchema>;

/**
 * The app's own files in its user-data folder: settings (language, window
 * bounds), recent files, the recovery folder for unsaved work, and the
 * imported price catalog (the CLI's `prices import` writes the same file). Every
 * write is atomic; a damaged file reads as empty rather than failing.
 */
export class AppStorage {
  constructor(private readonly fs: FileSystem, private readonly folder: string, private readonly now: () => number) {}

  private async readJson<T>(name: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
    try {
      const parsed = schema.safeParse(JSON.parse(await this.fs.readFile(path.join(this.folder, name), 'utf8')));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  private async writeJson(name: string, value: unknown): Promise<void> {
    const target = path.join(this.folder, name);
    await this.fs.mkdir(path.dirname(target), { recursive: true });
    const outcome = await saveAtomically(this.fs, target, `${JSON.stringify(value, null, 2)}\n`, { now: this.now, overwrite: true });
    if (outcome.status === 'failed') throw new Error(outcome.message);
  }

  /** Settings, with defaults for anything missing. */
  settings(): Promise<Settings> {
    return this.readJson('settings.json', settingsSchema, {});
  }

  /** Merges and saves settings. */
  async updateSettings(change: Partial<Settings>): Promise<void> {
    await this.writeJson('settings.json', { ...(await this.settings()), ...change });
  }

  /** The remembered language, or undefined. */
  async language(): Promise<Lang | undefined> {
    return (await this.settings()).lang;
  }

  /** Recent files, newest first. */
  recentFiles(): Promise<RecentFile[]> {
    return this.readJson('recent.json', z.array(recentFileSchema), []);
  }

  /** Puts a file at the top of the recent files. */
  async addRecent(file: string): Promise<RecentFile[]> {
    const next = [{ path: file, name: path.basename(file) }, ...(await this.recentFiles()).filter((f) => f.path !== file)].slice(0, RECENT_LIMIT);
    await this.writeJson('recent.json', next);
    return next;
  }

  private recoveryFile(id: string): string {
    if (!/^[\w-]+$/.test(id)) throw new Error(`not a recovery id: ${id}`);
    return path.join('recovery', `${id}.json`);
  }

  /** Keeps unsaved work. */
  async writeRecovery(entry: RecoveryEntry): Promise<void> {
    await this.writeJson(this.recoveryFile(entry.id), entry);
  }

  /** Unsaved work left behind, newest first. */
  async listRecovery(): Promise<RecoveryEntry[]> {
    const names = await this.fs.readdir(path.join(this.folder, 'recovery')).catch(() => [] as string[]);
    const entries = await Promise.all(names.filter((name) => name.endsWith('.json')).map((name) => this.readJson(path.join('recovery', name), recoveryEntrySchema.nullable(), null)));
    return entries.filter((entry): entry is RecoveryEntry => entry !== null).sort((a, b) => b.savedAtMs - a.savedAtMs);
  }

  /** The imported price catalog, or null (none, or damaged: the built-in one applies). */
  priceCatalog(): Promise<PriceCatalog | null> {
    return this.readJson(PRICE_CATALOG_FILE, priceCatalogSchema.nullable(), null);
  }

  /** Installs an imported price catalog. */
  async installPriceCatalog(catalog: PriceCatalog): Promise<void> {
    await this.writeJson(PRICE_CATALOG_FILE, catalog);
  }

  /** Forgets the imported price catalog: the built-in one applies again. */
  async resetPriceCatalog(): Promise<void> {
    await this.fs.unlink(path.join(this.folder, PRICE_CATALOG_FILE)).catch(() => undefined);
  }

  /** Forgets unsaved work. */
  async clearRecovery(id: string): Promise<void> {
    await this.fs.unlink(path.join(this.folder, this.recoveryFile(id))).catch(() => undefined);
  }
}
