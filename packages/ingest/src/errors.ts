// A problem with a whole file (not one row): it cannot be read, is empty, or
// lacks a required column. The importer stops on it; row problems never throw.
import { formatLocation } from './format.ts';

export class FileProblem extends Error {
  override readonly name = 'FileProblem';

  constructor(
    readonly file: string,
    /** 1-based line (the header is usually line 1); 0 = the file as a whole. */
    readonly line: number,
    readonly column: string | null,
    readonly reason: string,
  ) {
    super(`${formatLocation(file, line, column)}：${reason}`);
  }
}
