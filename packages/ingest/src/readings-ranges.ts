// One big readings file read by several threads: it is cut into byte ranges
// at line feeds, each range is read on its own (readReadingsColumnar with
// `range`), and the results are put back together as if the file had been
// read whole. That holds when every cut falls between two records, which a
// range's reading proves for the cut after it (RangeReport.endsAtRecord: no
// record of the range spanned lines, so no quoted field was left open) and
// when no record before a cut could have decided the file's encoding. Where
// that is not proven, the file is read again from the last range known to
// start right, as one range: slower, never different.
import { open, stat } from 'node:fs/promises';
import type { RangeReport } from './readings-columnar.ts';
import type { ByteRange } from './source/csv-file.ts';
import { isXlsx } from './source/records.ts';
import type { RowIssue } from './types.ts';

export type { ByteRange } from './source/csv-file.ts';

/** How far past an approximate cut a line feed is looked for before giving that cut up. */
const LF_WINDOW = 1 << 16;

/**
 * Cuts a CSV file into `parts` byte ranges of about equal size, each after a
 * line feed (none before `minFirst` bytes, so the header stays in the first).
 * An XLSX file, or one too small to be worth it, is one range.
 */
export async function splitAtLineFeeds(file: string, parts: number, minFirst = 1 << 20): Promise<ByteRange[]> {
  const size = (await stat(file)).size;
  if (isXlsx(file) || parts <= 1 || size < 2 * minFirst) return [{ start: 0, end: size }];
  const cuts: number[] = [];
  const handle = await open(file, 'r');
  try {
    const window = Buffer.allocUnsafe(LF_WINDOW);
    for (let k = 1; k < parts; k++) {
      const approx = Math.max(minFirst, Math.floor((size * k) / parts), (cuts.at(-1) ?? 0) + 1);
      if (approx >= size) break;
      const { bytesRead } = await handle.read(window, 0, LF_WINDOW, approx - 1);
      const lf = window.subarray(0, bytesRead).indexOf(10);
      const cut = lf < 0 ? -1 : approx + lf; // the byte after the line feed at approx - 1 + lf
      if (cut > (cuts.at(-1) ?? 0) && cut < size) cuts.push(cut);
    }
  } finally {
    await handle.close();
  }
  const bounds = [0, ...cuts, size];
  return bounds.slice(1).map((end, i) => ({ start: bounds[i], end }));
}

/** A range's outcome: its report, or null when reading it failed (threw). */
export type RangeResult = RangeReport | null;

/**
 * What to keep of the ranges' readings. `keep` ranges (0..keep-1) stand as
 * read, their first lines being offsets[k] + 1. When keep < ranges, the file
 * must be read again from ranges[keep].start to its end as one range whose
 * first line is offsets[keep] + 1 (that reading's error, if any, is the file's).
 */
export interface RangeVerdict {
  keep: number;
  /** Lines before each kept range (and before the re-read, at index keep). */
  offsets: number[];
}

export function judgeRanges(results: readonly RangeResult[]): RangeVerdict {
  const offsets: number[] = [];
  let lines = 0;
  for (let k = 0; k < results.length; k++) {
    offsets.push(lines);
    const r = results[k];
    // A failed range is re-read with its true first line, so its error names the right line.
    if (r === null) return { keep: k, offsets };
    const last = k === results.length - 1;
    // A successor is right only if this range ended between records and no record of it could have decided the encoding.
    if (!last && !(r.endsAtRecord && (r.encodingSniffed || !r.sawNonAscii))) return { keep: k, offsets };
    lines += r.lines;
  }
  return { keep: results.length, offsets };
}

/** A range's issues renumbered to the file's lines (file-level issues, line 0, stay). */
export function shiftIssueLines(issues: readonly RowIssue[], offset: number): RowIssue[] {
  if (offset === 0) return issues.slice();
  return issues.map((i) => (i.line > 0 ? { ...i, line: i.line + offset } : i));
}
