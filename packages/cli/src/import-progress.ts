// Progress of `sentinel import` on a terminal: one bar per long file (bytes
// read), then one for the daily-consumption recomputation. Nothing when the
// output is not a TTY (logs, CI) or --quiet.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '@sentinel/services';

/** Files smaller than this finish too fast for a bar to help. */
const MIN_BAR_BYTES = 8 << 20;

export class ImportProgressView {
  private bar: cliProgress.SingleBar | null = null;

  constructor(private readonly enabled: boolean) {}

  update(e: ImportProgress): void {
    if (!this.enabled) return;
    switch (e.kind) {
      case 'file-start':
        this.stop();
        if (e.bytesTotal >= MIN_BAR_BYTES) this.start(e.file, e.bytesTotal, 'MB', 1 << 20);
        break;
      case 'file-progress':
        this.bar?.update(Math.round(e.bytesDone / (1 << 20)));
        break;
      case 'file-merge':
        this.bar?.update({ stage: '合并 merging' });
        break;
      case 'file-done':
        this.stop();
        break;
      case 'consumption-progress':
        if (this.bar === null) this.start('日用量 daily consumption', e.metersTotal, '块表 meters', 1);
        this.bar?.update(e.metersDone);
        break;
    }
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }

  private start(label: string, total: number, unit: string, scale: number): void {
    this.bar = new cliProgress.SingleBar({
      format: `${label} [{bar}] {percentage}% {value}/{total} ${unit} {stage}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    this.bar.start(Math.max(1, Math.round(total / scale)), 0, { stage: '' });
  }
}
