// Writes the readings of a dataset once as COPY text (the raw-COPY baseline's
// input), with the same meter numbering and values the import produces, and
// without the feed's repeated rows (as the import drops them) so that the
// text fits a table with the readings primary key.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readingsDirect } from '@sentinel/db';
import { locateDataset, readReadingsColumnar, readTable } from '@sentinel/ingest';

export async function writeReadingsCopyFile(dataset: string, out: string): Promise<number> {
  const files = await locateDataset(dataset);
  const meterRefs = new Map<string, number>();
  for await (const batch of readTable(files.meters, 'meters')) {
    for (const m of batch.rows) if (!meterRefs.has(m.meter_id)) meterRefs.set(m.meter_id, meterRefs.size + 1);
  }
  const stream = createWriteStream(out);
  const row = { meterRef: 0, readAt: 0, value: 0, estimated: 2 };
  let rows = 0;
  for (const path of files.readings) {
    for await (const c of readReadingsColumnar(path, meterRefs)) {
      const lines: string[] = [];
      for (let i = 0; i < c.count; i++) {
        if (c.meterIdx[i] === row.meterRef && c.readAt[i] === row.readAt) continue;
        row.meterRef = c.meterIdx[i];
        row.readAt = c.readAt[i];
        row.value = c.value[i];
        row.estimated = c.estimated[i];
        lines.push(readingsDirect.toCopyLine(row, 1, c.lines[i]));
        rows++;
      }
      if (!stream.write(`${lines.join('\n')}\n`)) await once(stream, 'drain');
    }
  }
  stream.end();
  await once(stream, 'finish');
  return rows;
}
