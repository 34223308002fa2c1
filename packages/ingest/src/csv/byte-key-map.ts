// A read-only map from ASCII byte strings to integers, looked up straight from
// a byte range: the readings hot path finds a meter's index without building
// a string per row (which, with Map hashing, cost more than the parsing).
// Open addressing, FNV-1a hash; keys that are not ASCII are left to the caller's
// string path.

export class ByteKeyMap {
  private readonly slots: Int32Array;    // entry index + 1, 0 = empty
  private readonly mask: number;
  private readonly keyStart: Int32Array;
  private readonly keyLen: Int32Array;
  private readonly values: Int32Array;
  private readonly pool: Uint8Array;

  constructor(entries: ReadonlyMap<string, number>) {
    const ascii = [...entries].filter(([k]) => /^[\x00-\x7f]*$/.test(k));
    let size = 16;
    while (size < ascii.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keyStart = new Int32Array(ascii.length);
    this.keyLen = new Int32Array(ascii.length);
    this.values = new Int32Array(ascii.length);
    this.pool = new Uint8Array(ascii.reduce((n, [k]) => n + k.length, 0));
    let at = 0;
    ascii.forEach(([key, value], i) => {
      for (let j = 0; j < key.length; j++) this.pool[at + j] = key.charCodeAt(j);
      this.keyStart[i] = at;
      this.keyLen[i] = key.length;
      this.values[i] = value;
      let slot = ByteKeyMap.hash(this.pool, at, at + key.length) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
      at += key.length;
    });
  }

  private static hash(b: Uint8Array, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ b[i], 0x01000193);
    return h >>> 0;
  }

  /** Value of the key spelled by bytes [s, e), or -1. */
  get(b: Uint8Array, s: number, e: number): number {
    const len = e - s;
    let slot = ByteKeyMap.hash(b, s, e) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const i = entry - 1;
      if (this.keyLen[i] === len) {
        const k = this.keyStart[i];
        let j = 0;
        while (j < len && this.pool[k + j] === b[s + j]) j++;
        if (j === len) return this.values[i];
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
