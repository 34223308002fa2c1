// The machine a benchmark ran on, printed next to its figures.
import { cpus, totalmem } from 'node:os';

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`;
}
