// Collects the issues of one file while it loads: rejected rows go to the
// rejected_rows table in COPY chunks (never all in memory), warnings are
// counted and the first few kept as text.
import { CopyChunker, copyRejectedRows, rejectedRowCopyLine, type SqlSession } from '@sentinel/db';
import { formatIssue, type RowIssue } from '@sentinel/ingest';

const KEPT_SAMPLES = 20;

export class IssueSink {
  errors = 0;
  warnings = 0;
  readonly firstRejected: RowIssue[] = [];
  readonly warningSamples: string[] = [];
  private readonly chunker: CopyChunker;

  constructor(private readonly session: SqlSession, private readonly batchId: number, chunkBytes: number) {
    this.chunker = new CopyChunker(chunkBytes);
  }

  /** Adds a batch of issues; writes a chunk of rejected rows when one is full. */
  async add(issues: readonly RowIssue[]): Promise<void> {
    for (const issue of issues) {
      if (issue.severity === 'warning') {
        this.warnings++;
        if (this.warningSamples.length < KEPT_SAMPLES) this.warningSamples.push(formatIssue(issue));
        continue;
      }
      this.errors++;
      if (this.firstRejected.length < KEPT_SAMPLES) this.firstRejected.push(issue);
      const chunk = this.chunker.push(rejectedRowCopyLine(this.batchId, issue));
      if (chunk !== null) await copyRejectedRows(this.session, [chunk]);
    }
  }

  /** Counts errors that SQL wrote to rejected_rows itself (a merge's refusals), with the first of them. */
  addWritten(count: number, first: readonly RowIssue[]): void {
    this.errors += count;
    for (const issue of first) if (this.firstRejected.length < KEPT_SAMPLES) this.firstRejected.push(issue);
  }

  /** Forgets everything collected (the caller rolled the rows it wrote back). */
  reset(): void {
    this.errors = 0;
    this.warnings = 0;
    this.firstRejected.length = 0;
    this.warningSamples.length = 0;
    this.chunker.take();
  }

  async flush(): Promise<void> {
    const chunk = this.chunker.take();
    if (chunk !== null) await copyRejectedRows(this.session, [chunk]);
  }
}
