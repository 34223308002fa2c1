// The inspection outbox: steps recorded on site while offline, kept in the
// phone's IndexedDB with their photos (as Blobs) until they reach the server.
// One store, ordered by creation, so steps replay in the order they were taken.
import type { CaseAction } from '@sentinel/domain';
import type { Evidence } from '../pages/cases/service.ts';

export interface QueuedPhoto {
  name: string;
  blob: Blob;
}

export interface QueuedStep {
  /** Time-ordered key. */
  id: string;
  caseId: string;
  houseId: string;
  address: string;
  action: CaseAction;
  /** Evidence without photo ids: they exist only after the photos are uploaded. */
  evidence: Evidence;
  photos: QueuedPhoto[];
  /** Ids of photos already uploaded (a sync interrupted half-way does not upload them twice). */
  uploadedIds: string[];
  createdAt: number;
  /** Set when the server refused the step (it will not be retried automatically). */
  error: string | null;
}

const DB_NAME = 'sentinel-offline';
const STORE = 'outbox';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => { req.result.createObjectStore(STORE, { keyPath: 'id' }); };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('无法打开本机离线存储'));
  });
}

async function withStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('离线存储写入失败'));
      tx.onabort = () => reject(tx.error ?? new Error('离线存储写入中止'));
    });
  } finally {
    db.close();
  }
}

let counter = 0;
export function newStepId(now = Date.now()): string {
  counter = (counter + 1) % 1000;
  return `${now.toString().padStart(15, '0')}-${counter.toString().padStart(3, '0')}`;
}

export const putStep = (step: QueuedStep) => withStore('readwrite', (s) => s.put(step)).then(() => undefined);
export const deleteStep = (id: string) => withStore('readwrite', (s) => s.delete(id)).then(() => undefined);
export const listSteps = () => withStore<QueuedStep[]>('readonly', (s) => s.getAll() as IDBRequest<QueuedStep[]>)
  .then((steps) => steps.sort((a, b) => a.id.localeCompare(b.id)));
