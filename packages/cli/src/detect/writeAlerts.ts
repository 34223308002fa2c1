// Writes alerts.csv atomically (temp file + rename) so a reader never sees half a file.
import { rename, writeFile } from 'node:fs/promises';
import { formatAlertsCsv, type HouseAlert } from '@sentinel/detection';

export async function writeAlerts(path: string, alerts: HouseAlert[]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, formatAlertsCsv(alerts), 'utf8');
  await rename(tmp, path);
}
