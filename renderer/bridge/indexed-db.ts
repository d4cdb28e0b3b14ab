/** A tiny promise wrapper over one IndexedDB database with key-value stores; used by the browser bridge. */
export class KeyValueDb {
  private db: Promise<IDBDatabase> | undefined;

  constructor(private readonly name: string, private readonly stores: readonly string[]) {}

  private open(): Promise<IDBDatabase> {
    this.db ??= new Promise((resolve, reject) => {
      const request = indexedDB.open(this.name, 1);
      request.onupgradeneeded = () => {
        for (const store of this.stores) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    });
    return this.db;
  }

  private async run<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open();
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(store, mode);
      const request = work(transaction.objectStore(store));
      // Commit now rather than when the page next idles: a write made as the page closes must not wait for a turn it never gets.
      if (mode === 'readwrite') transaction.commit();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  }

  /** Every value of a store. */
  all<T>(store: string): Promise<T[]> {
    return this.run(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
  }

  /** One value, or undefined. */
  get<T>(store: string, key: string): Promise<T | undefined> {
    return this.run(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
  }

  /** Writes a value. */
  async put(store: string, key: string, value: unknown): Promise<void> {
    await this.run(store, 'readwrite', (s) => s.put(value, key));
  }

  /** Deletes a value. */
  async delete(store: string, key: string): Promise<void> {
    await this.run(store, 'readwrite', (s) => s.delete(key));
  }
}
