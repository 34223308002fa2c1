// Where the readings go: one file per meter kind (readings/water.csv …), or,
// as some utilities deliver them, one file per kind and month
// (readings/water-2026-03.csv …; the independent district of issue #10 came
// as 27 such files). Each meter's lines arrive in date order, so a house's
// text is cut into runs of one month and each run appended to its month's
// file; every file starts with the kind's header.
import { join } from 'node:path';
import { METER_KINDS, type MeterKind } from '@sentinel/domain';
import { TableWriter } from './table-writer.ts';

const MONTH = /^\d{4}-\d{2}$/;

export class ReadingFiles {
  private readonly writers = new Map<string, TableWriter>();
  private readonly order: string[] = [];

  private constructor(private readonly dir: string, private readonly headers: Record<MeterKind, string>, private readonly monthly: boolean) {}

  /** One file per kind (each created now, as before worlds) or per kind and month (created as months appear). */
  static async open(dir: string, headers: Record<MeterKind, string>, monthly: boolean): Promise<ReadingFiles> {
    const files = new ReadingFiles(dir, headers, monthly);
    if (!monthly) for (const k of METER_KINDS) await files.writer(`${k}.csv`, k);
    return files;
  }

  /** Appends lines of one kind (each ending in \n, read_at right after the first comma). */
  async write(kind: MeterKind, text: string): Promise<void> {
    if (!this.monthly) {
      await (await this.writer(`${kind}.csv`, kind)).write(text);
      return;
    }
    let runStart = 0;
    let runMonth = '';
    let at = 0;
    while (at < text.length) {
      const eol = text.indexOf('\n', at);
      const end = eol < 0 ? text.length : eol + 1;
      const comma = text.indexOf(',', at);
      const month = comma >= 0 && comma < end ? text.slice(comma + 1, comma + 8) : '';
      // A line without a readable month (a planted bad row) stays in the run it sits in.
      if (MONTH.test(month) && month !== runMonth) {
        if (runMonth !== '') {
          await (await this.writer(`${kind}-${runMonth}.csv`, kind)).write(text.slice(runStart, at));
          runStart = at;
        }
        runMonth = month;
      }
      at = end;
    }
    if (at > runStart) await (await this.writer(runMonth === '' ? `${kind}.csv` : `${kind}-${runMonth}.csv`, kind)).write(text.slice(runStart, at));
  }

  /** Closes every file; returns the bytes written and the file names (relative to the dataset), kinds in METER_KINDS order. */
  async close(): Promise<{ bytes: number; files: string[] }> {
    let bytes = 0;
    for (const name of this.order) {
      const w = this.writers.get(name)!;
      await w.close();
      bytes += w.bytes;
    }
    const rank = (n: string) => METER_KINDS.findIndex((k) => n === `${k}.csv` || n.startsWith(`${k}-`));
    const files = [...this.order].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).map((n) => `readings/${n}`);
    return { bytes, files };
  }

  private async writer(name: string, kind: MeterKind): Promise<TableWriter> {
    let w = this.writers.get(name);
    if (!w) {
      w = new TableWriter(join(this.dir, name));
      this.writers.set(name, w);
      this.order.push(name);
      await w.write(this.headers[kind]);
    }
    return w;
  }
}
