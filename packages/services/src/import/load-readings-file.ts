// Loads one readings file (millions of rows) inside the caller's transaction.
//
// Fast path: COPY straight into `readings`, dropping exact repeats of the
// previous row (feeds are sorted by meter and time, so duplicates sit next to
// each other) and rejecting a repeat with another value (the row is listed
// with both values: never silently dropped). If any row still collides with
// the primary key (meter, read_at) — a re-import, overlapping files, a
// non-adjacent duplicate — the savepoint is rolled back and the file is
// re-read through a staging table whose merge does the same judgement against
// the database too (readingsStaging). Either way the file is one transaction.
// On the fast path, meters that had no reading get their daily consumption
// computed on the way (inline-consumption.ts); other meters that received new
// readings are marked for recomputation.
import {
  CopyChunker, fillReasonTemplate, markConsumptionDirty, metersWithoutReadings, READING_CONFLICT_REASON, readingsDirect, readingsStaging,
  type StagedReading,
} from '@sentinel/db';
import { SHANGHAI_OFFSET_MS } from '@sentinel/domain';
import { displayName, readReadingsColumnar, type RowIssue } from '@sentinel/ingest';
import { CopyPipe } from './copy-pipe.ts';
import { InlineConsumption } from './inline-consumption.ts';
import { isUniqueViolation } from '../unique-violation.ts';
import type { LoadContext, LoadCounts } from './load-row-file.ts';

interface Pass {
  rowsRead: number;
  rowsAccepted: number;
  copied: number;
  touched: Set<number>;
}

/** Reads the file once, COPYing each accepted reading as `line(row, sourceLine)` into pipe. */
async function pass(
  ctx: LoadContext, path: string, meterRefs: ReadonlyMap<string, number>, pipe: CopyPipe,
  line: (r: StagedReading, sourceLine: number) => string, dropAdjacentRepeats: boolean, inline: InlineConsumption | null,
): Promise<Pass> {
  const chunker = new CopyChunker(ctx.copyChunkBytes);
  const touched = new Set<number>();
  const row: StagedReading = { meterRef: -1, readAt: Number.NaN, value: 0, estimated: 2 };
  let rowLine = 0;
  /** meters.id -> meter_id, built at the first conflict (to name the meter). */
  let meterIds: string[] | null = null;
  let rowsRead = 0;
  let rowsAccepted = 0;
  for await (const c of readReadingsColumnar(path, meterRefs, { onProgress: ctx.onBytes, dateWindow: ctx.dateWindow })) {
    rowsRead += c.rowsRead;
    rowsAccepted += c.count;
    await ctx.issues.add(c.issues);
    for (let i = 0; i < c.count; i++) {
      const meterRef = c.meterIdx[i];
      const readAt = c.readAt[i];
      if (meterRef === row.meterRef) {
        if (dropAdjacentRepeats && readAt === row.readAt) {
          // Same instant as the row before: an exact repeat is dropped, another value is refused (the first one is kept).
          if (c.value[i] !== row.value) {
            rowsAccepted--;
            if (meterIds === null) {
              meterIds = [];
              for (const [id, ref] of meterRefs) meterIds[ref] = id;
            }
            await ctx.issues.add([conflictIssue(path, meterIds[row.meterRef], row, rowLine, c.value[i], c.lines[i])]);
          }
          continue;
        }
      } else {
        touched.add(meterRef);
      }
      row.meterRef = meterRef;
      row.readAt = readAt;
      row.value = c.value[i];
      row.estimated = c.estimated[i];
      rowLine = c.lines[i];
      if (inline !== null) await inline.add(meterRef, readAt, row.value, row.estimated);
      const chunk = chunker.push(line(row, c.lines[i]));
      if (chunk !== null) await pipe.send(chunk);
    }
  }
  const last = chunker.take();
  if (last !== null) await pipe.send(last);
  const copied = await pipe.drain();
  await ctx.issues.flush();
  return { rowsRead, rowsAccepted, copied, touched };
}

/** A reading refused for repeating the previous row's meter and instant with another value. */
function conflictIssue(path: string, meterId: string, kept: StagedReading, keptLine: number, value: number, line: number): RowIssue {
  const file = displayName(path);
  const time = new Date(kept.readAt + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
  const reason = fillReasonTemplate(READING_CONFLICT_REASON, [meterId, time, kept.value, file, keptLine, value]);
  return { file, line, column: 'value', reason, severity: 'error', raw: null };
}

/** `meterRefs` maps meter_id to meters.id: the reader then yields meters.id directly. */
export async function loadReadingsFile(ctx: LoadContext, path: string, meterRefs: ReadonlyMap<string, number>): Promise<LoadCounts> {
  const t0 = performance.now();
  const s = ctx.session;
  let result: Pass | null = null;
  let dirty: number[] = [];
  let consumptionMeters = 0;
  let readingErrors = 0;
  await s.exec('SAVEPOINT readings_direct');
  const direct = new CopyPipe(s, readingsDirect.table, readingsDirect.columns);
  try {
    const inline = new InlineConsumption(s, await metersWithoutReadings(s), ctx.copyChunkBytes);
    result = await pass(ctx, path, meterRefs, direct, (r, l) => readingsDirect.toCopyLine(r, ctx.batchId, l), true, inline);
    const computed = await inline.close();
    consumptionMeters = computed.size;
    readingErrors = inline.readingErrors;
    dirty = [...result.touched].filter((m) => !computed.has(m));
    await s.exec('RELEASE SAVEPOINT readings_direct');
  } catch (err) {
    await direct.settle();
    if (!isUniqueViolation(err) && !isUniqueViolation(direct.failure)) throw err;
    await s.exec('ROLLBACK TO SAVEPOINT readings_direct');
    ctx.issues.reset();
  }
  let inserted: number;
  let mergeMs = 0;
  if (result !== null) {
    inserted = result.copied;
  } else {
    await s.exec(readingsStaging.createSql);
    const staged = new CopyPipe(s, readingsStaging.name, readingsStaging.columns);
    result = await pass(ctx, path, meterRefs, staged, (r, l) => readingsStaging.toCopyLine(r, l), false, null);
    const t1 = performance.now();
    ctx.onMerge?.();
    const merged = await readingsStaging.merge(s, ctx.batchId);
    inserted = merged.inserted;
    if (merged.rejected !== undefined && merged.rejected.count > 0) {
      result.rowsAccepted -= merged.rejected.count;
      ctx.issues.addWritten(merged.rejected.count, merged.rejected.first.map((r): RowIssue => ({
        file: displayName(path), line: r.line, column: 'value', reason: r.reason, severity: 'error', raw: null,
      })));
    }
    mergeMs = performance.now() - t1;
    // Only when something is new: re-importing known readings leaves consumption alone.
    dirty = inserted > 0 ? [...result.touched] : [];
  }
  await markConsumptionDirty(s, dirty);
  return {
    rowsRead: result.rowsRead, rowsAccepted: result.rowsAccepted, inserted, updated: 0,
    loadMs: performance.now() - t0 - mergeMs, mergeMs, consumptionMeters, readingErrors,
  };
}
