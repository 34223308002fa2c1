// A small in-process cache of aggregates derived from data that changes only
// on imports or detection runs (map outlines of 100,000 houses, alert
// totals). Each entry carries the version of its source it was computed
// from (housesVersion, a run id); a request reads the current version (one
// index probe) and recomputes only when it moved, so another process's
// import (the CLI, the inbox) invalidates it too. Concurrent misses on one
// key share one computation; the least recently used entry goes past `max`.

export class DerivedCache<V> {
  private readonly entries = new Map<string, { version: string; value: Promise<V> }>();

  constructor(private readonly max: number) {}

  get(key: string, version: string | number, compute: () => Promise<V>): Promise<V> {
    const v = String(version);
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === v) {
      this.entries.set(key, hit); // most recently used last
      return hit.value;
    }
    const value = compute();
    const entry = { version: v, value };
    this.entries.set(key, entry);
    // A failed computation is not kept: the next request tries again.
    value.catch(() => { if (this.entries.get(key) === entry) this.entries.delete(key); });
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
