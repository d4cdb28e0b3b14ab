/**
 * Which browser tabs are alive, through the Web Locks API: a tab holds a
 * lock named after its window id for as long as it is open, and the browser
 * releases it when the tab closes or crashes. So a tab can tell another
 * tab's recovery copies (lock held: leave them alone) from a dead tab's
 * (offer them), without clocks or heartbeats.
 */

const PREFIX = 'tokencast-window:';
const held = new Set<string>();

/** Holds the lock of a window id for the life of this page; resolves once it is held. */
export function holdOwnerLock(owner: string): Promise<void> {
  held.add(owner);
  return new Promise<void>((resolve) => {
    if (!navigator.locks) return resolve();
    void navigator.locks.request(PREFIX + owner, () => {
      resolve();
      return new Promise<never>(() => undefined);
    });
  });
}

/** The window ids whose tabs are open now (this one included). */
export async function liveOwners(): Promise<Set<string>> {
  if (!navigator.locks) return new Set(held);
  const { held: locks = [] } = await navigator.locks.query();
  return new Set(locks.map((lock) => lock.name ?? '').filter((name) => name.startsWith(PREFIX)).map((name) => name.slice(PREFIX.length)));
}
