import type { RecoveryEntry } from '../shared/ipc';
import type { AppStorage } from './app-storage';

/**
 * The recovery copies of this process's windows. The app runs as one
 * instance, so a copy written by a window of this process belongs to a live
 * window and is never offered; a copy from an earlier process (a crash) is.
 * When the user closes without saving, this window's copies are deleted and
 * late writes (a save-on-close racing the close) are refused, so no ghost
 * offer appears at the next start. The same happens when the window closes
 * right after a save, so the app quitting cannot outrun the delete.
 */
export class RecoveryOwners {
  private readonly live = new Set<string>();
  private discarded = false;

  constructor(private readonly storage: AppStorage) {}

  /** Keeps a window's copy, unless its work was discarded. */
  async write(entry: RecoveryEntry): Promise<boolean> {
    if (this.discarded) return false;
    if (entry.owner) this.live.add(entry.owner);
    await this.storage.writeRecovery(entry);
    return true;
  }

  /** Copies whose window is gone, newest first. */
  async orphans(): Promise<RecoveryEntry[]> {
    return (await this.storage.listRecovery()).filter((entry) => !entry.owner || !this.live.has(entry.owner));
  }

  /** The window is closing with its work saved or discarded: deletes this process's copies and refuses any more. */
  async closeWindow(): Promise<void> {
    this.discarded = true;
    const mine = (await this.storage.listRecovery()).filter((entry) => entry.owner && this.live.has(entry.owner));
    await Promise.all(mine.map((entry) => this.storage.clearRecovery(entry.id)));
  }
}
