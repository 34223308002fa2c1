// Bad rows are never fatal to detect, and never silent: each file's first
// issues are printed exactly as the importer words them (formatIssue), then
// a count per file, so a 15-million-row feed with a systematic problem does
// not bury the terminal.
import { formatIssue, type RowIssue } from '@sentinel/ingest';

const SHOWN_PER_FILE = 20;

export class IssueReport {
  private readonly perFile = new Map<string, { errors: number; warnings: number; shown: number }>();

  constructor(private readonly write: (line: string) => void) {}

  add(issue: RowIssue): void {
    let f = this.perFile.get(issue.file);
    if (!f) {
      f = { errors: 0, warnings: 0, shown: 0 };
      this.perFile.set(issue.file, f);
    }
    if (issue.severity === 'error') f.errors++;
    else f.warnings++;
    if (f.shown < SHOWN_PER_FILE) {
      f.shown++;
      this.write(formatIssue(issue));
    }
  }

  addAll(issues: readonly RowIssue[]): void {
    for (const i of issues) this.add(i);
  }

  /** One summary line per file that had issues. */
  summary(): string[] {
    const out: string[] = [];
    for (const [file, f] of this.perFile) {
      const hidden = f.errors + f.warnings - f.shown;
      out.push(`${file}：${f.errors} 行被拒绝 rejected，${f.warnings} 条警告 warnings${hidden > 0 ? `（另有 ${hidden} 条未显示 not shown）` : ''}`);
    }
    return out;
  }

  get rejected(): number {
    let n = 0;
    for (const f of this.perFile.values()) n += f.errors;
    return n;
  }
}
