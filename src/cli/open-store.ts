import { existsSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { EXIT, RecoupeError } from '../errors.js';

/** Opens an existing store for reading, with a useful error when there is none yet. */
export function openExistingStore(db: string): Store {
  if (!existsSync(db)) throw new RecoupeError(`no store at ${db} (run "recoupe ingest" or "recoupe demo" first)`, EXIT.usage);
  return openSqliteStore(db, { readonly: true });
}
