import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { openCallStore, type CallStore } from '../../lib/store';

/**
 * Databases for one test file: the returned function opens a new one (named `prefix-N`) each
 * time; after each test every database it opened is closed and deleted.
 */
export function temporaryStores(prefix: string): () => Promise<CallStore> {
  const opened: CallStore[] = [];
  let count = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async () => {
    const db = await openCallStore(`${prefix}-${++count}`);
    opened.push(db);
    return db;
  };
}
