// CSV file -> batches of TextRecord (one batch per chunk read), for the
// general table reader. The hot readings path uses the scanner directly.
import { CsvScanner, type CsvRecord } from '../csv/scanner.ts';
import { EncodingState } from '../encoding/detect.ts';
import { csvChunks } from './csv-file.ts';
import { decodeRecord, isBlankRecord, type TextRecord } from './text-record.ts';

export type ProgressFn = (bytesDone: number, bytesTotal: number) => void;

export async function* csvTextRecords(file: string, name: string, onProgress?: ProgressFn): AsyncGenerator<TextRecord[]> {
  let out: TextRecord[] = [];
  let encoding = new EncodingState('utf8');
  const scanner = new CsvScanner((r: CsvRecord) => {
    if (!isBlankRecord(r)) out.push(decodeRecord(r, encoding));
  });
  for await (const c of csvChunks(file, name)) {
    encoding = c.encoding;
    scanner.push(c.chunk, c.skip);
    onProgress?.(c.bytesDone, c.bytesTotal);
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  scanner.end();
  if (out.length > 0) yield out;
}
