// Keeps one COPY in flight while the next chunk is parsed: on PostgreSQL the
// server loads while Node parses (two cores busy instead of one).
import type { CopyChunk, SqlSession } from '@sentinel/db';

export class CopyPipe {
  private inFlight: Promise<number> = Promise.resolve(0);
  /** The first COPY failure, kept so that the caller can tell why a transaction aborted. */
  failure: unknown = null;
  copied = 0;

  constructor(private readonly session: SqlSession, private readonly table: string, private readonly columns: readonly string[]) {}

  /** Waits for the previous chunk, then starts this one. */
  async send(chunk: CopyChunk): Promise<void> {
    this.copied += await this.inFlight;
    this.inFlight = this.session.copyRows(this.table, this.columns, [chunk]);
    // Observed by the next send() or drain(); recorded here so it is never an unhandled rejection.
    this.inFlight.catch((err: unknown) => {
      this.failure ??= err;
    });
  }

  async drain(): Promise<number> {
    this.copied += await this.inFlight;
    this.inFlight = Promise.resolve(0);
    return this.copied;
  }

  /** Waits for the COPY in flight, whatever its outcome (after a failure elsewhere). */
  async settle(): Promise<void> {
    try {
      await this.inFlight;
    } catch {
      // recorded in `failure`
    }
  }
}
