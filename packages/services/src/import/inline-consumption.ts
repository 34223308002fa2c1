// Daily consumption computed while a readings file loads, for meters that had
// no reading before: their series is exactly their run of rows in this file
// (feeds are sorted by meter), so reading it back from the database later is
// unnecessary. A meter that had readings, or whose rows are not contiguous,
// is left to the recomputation (consumption_dirty) instead.
import { CopyChunker, dailyConsumptionCopyLine, DAILY_CONSUMPTION_COPY_COLUMNS, type MeterFactsRow, type SqlSession } from '@sentinel/db';
import { CopyPipe } from './copy-pipe.ts';
import { meterConsumptionRecord } from './meter-consumption.ts';

export class InlineConsumption {
  private current = -1;
  private n = 0;
  private readAt = new Float64Array(1024);
  private value = new Float64Array(1024);
  private estimated = new Uint8Array(1024);
  private readonly computed = new Set<number>();
  /** Meters seen that must be recomputed from the database. */
  readonly dirty = new Set<number>();
  readingErrors = 0;
  private readonly chunker: CopyChunker;
  private readonly pipe: CopyPipe;

  constructor(session: SqlSession, private readonly fresh: ReadonlyMap<number, MeterFactsRow>, chunkBytes: number) {
    this.chunker = new CopyChunker(chunkBytes);
    this.pipe = new CopyPipe(session, 'meter_daily_consumption', DAILY_CONSUMPTION_COPY_COLUMNS);
  }

  async add(meterRef: number, readAt: number, value: number, estimated: number): Promise<void> {
    if (meterRef !== this.current) {
      await this.finishCurrent();
      if (!this.fresh.has(meterRef) || this.dirty.has(meterRef)) {
        this.dirty.add(meterRef);
        this.current = -1;
        return;
      }
      if (this.computed.has(meterRef)) {
        // Rows of this meter again, after other meters: its stored record is incomplete.
        this.computed.delete(meterRef);
        this.dirty.add(meterRef);
        this.current = -1;
        return;
      }
      this.current = meterRef;
    }
    if (this.current < 0) return;
    if (this.n === this.readAt.length) this.grow();
    this.readAt[this.n] = readAt;
    this.value[this.n] = value;
    this.estimated[this.n] = estimated;
    this.n++;
  }

  /** Writes the last meter; returns the meters whose stored consumption is now complete. */
  async close(): Promise<Set<number>> {
    await this.finishCurrent();
    const last = this.chunker.take();
    if (last !== null) await this.pipe.send(last);
    await this.pipe.drain();
    return this.computed;
  }

  private async finishCurrent(): Promise<void> {
    if (this.current < 0 || this.n === 0) {
      this.current = -1;
      return;
    }
    const facts = this.fresh.get(this.current) as MeterFactsRow;
    const record = meterConsumptionRecord(this.current, facts, this.readAt.subarray(0, this.n), this.value.subarray(0, this.n), this.estimated.subarray(0, this.n));
    this.readingErrors += record.readingErrors;
    this.computed.add(this.current);
    this.current = -1;
    this.n = 0;
    const chunk = this.chunker.push(dailyConsumptionCopyLine(record));
    if (chunk !== null) await this.pipe.send(chunk);
  }

  private grow(): void {
    const size = this.readAt.length * 2;
    const readAt = new Float64Array(size);
    readAt.set(this.readAt);
    const value = new Float64Array(size);
    value.set(this.value);
    const estimated = new Uint8Array(size);
    estimated.set(this.estimated);
    this.readAt = readAt;
    this.value = value;
    this.estimated = estimated;
  }
}
