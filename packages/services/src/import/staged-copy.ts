// The one path of a row file into the database inside the caller's
// transaction: COPY lines go into the file's temp staging table in chunks
// while it is read, then the rejected rows are flushed and one merge
// statement moves the staged rows into the real table.
import { CopyChunker, type StagingTable } from '@sentinel/db';
import { CopyPipe } from './copy-pipe.ts';
import type { LoadContext } from './load-row-file.ts';

export interface StagedCopy {
  /**
   * Adds one COPY text line (the staging table's columns, tab-separated). When
   * that fills a chunk it returns the sending, to await before the next line;
   * else null, so the per-row loop awaits only once per chunk.
   */
  push(line: string): Promise<void> | null;
  /** Sends the rest, merges, and says what changed and how long loading and merging took. */
  finish(): Promise<{ inserted: number; updated: number; loadMs: number; mergeMs: number }>;
}

export async function openStagedCopy(ctx: LoadContext, staging: Pick<StagingTable<unknown>, 'name' | 'columns' | 'createSql' | 'merge'>): Promise<StagedCopy> {
  const t0 = performance.now();
  await ctx.session.exec(staging.createSql);
  const pipe = new CopyPipe(ctx.session, staging.name, staging.columns);
  const chunker = new CopyChunker(ctx.copyChunkBytes);
  return {
    push(line) {
      const chunk = chunker.push(line);
      return chunk === null ? null : pipe.send(chunk);
    },
    async finish() {
      const last = chunker.take();
      if (last !== null) await pipe.send(last);
      await pipe.drain();
      await ctx.issues.flush();
      const t1 = performance.now();
      ctx.onMerge?.();
      const merged = await staging.merge(ctx.session, ctx.batchId);
      return { inserted: merged.inserted, updated: merged.updated, loadMs: t1 - t0, mergeMs: performance.now() - t1 };
    },
  };
}
