// `npm run bench:ingest`: the columnar readings reader alone (parse +
// validate into typed arrays), the hot path of `sentinel detect --data` and of
// the import. Writes a synthetic readings file (one meter per house, daily
// frozen reads at 00:00) under /tmp once, reads it, and prints rows/s, CPU
// time and peak RSS with the machine. BENCH_ROWS sets the size (default 15M,
// ~700 MB, the readings of a 20,000-house year).
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { readReadingsColumnar } from '@sentinel/ingest';
import { machineLine } from './import/machine.ts';

const rows = Number(process.env.BENCH_ROWS ?? 15_000_000);
const days = 365;
const meters = Math.ceil(rows / days);
const file = `/tmp/sentinel-bench/readings-${rows}.csv`;

async function writeFile(): Promise<void> {
  const { mkdirSync } = await import('node:fs');
  mkdirSync('/tmp/sentinel-bench', { recursive: true });
  const out = createWriteStream(file);
  out.write('meter_id,read_at,value,estimated\n');
  const start = Date.UTC(2025, 10, 16) - 8 * 3600_000;
  let written = 0;
  for (let m = 0; m < meters && written < rows; m++) {
    let value = (m * 37) % 1000;
    let chunk = '';
    for (let d = 0; d < days && written < rows; d++, written++) {
      value += 0.3 + ((m + d) % 7) * 0.05;
      chunk += `W${String(m).padStart(6, '0')},${new Date(start + d * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10)}T00:00:00+08:00,${value.toFixed(2)},${d % 97 === 0 ? 'true' : 'false'}\n`;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (!existsSync(file)) await writeFile();
const meterIndex = new Map<string, number>();
for (let m = 0; m < meters; m++) meterIndex.set(`W${String(m).padStart(6, '0')}`, m);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
let accepted = 0;
let read = 0;
for await (const chunk of readReadingsColumnar(file, meterIndex)) {
  accepted += chunk.count;
  read += chunk.rowsRead;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`机器 machine: ${machineLine()}`);
console.log(`文件 file: ${file} (${(statSync(file).size / 2 ** 20).toFixed(0)} MB, ${read.toLocaleString('en-US')} rows, ${accepted.toLocaleString('en-US')} accepted)`);
console.log(`wall ${seconds.toFixed(2)} s = ${Math.round(read / seconds).toLocaleString('en-US')} rows/s; CPU ${cpuSeconds.toFixed(2)} s = ${Math.round(read / cpuSeconds).toLocaleString('en-US')} rows per CPU-second; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
