// A small pool of parse workers (parseWorker.ts), one per core: each readings
// file is parsed by one worker, which later builds its daily matrices, so
// parsing and consumption run in parallel. A job that must go to a given
// worker (a build on the readings it holds) names it; any other job goes to
// the first idle worker. Results never depend on which worker ran what.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FileProblem } from '@sentinel/ingest';
import type { InitMessage, Job, JobResult, WorkerReply } from './workerProtocol.ts';

interface Pending { job: Job; resolve: (r: JobResult, worker: number) => void; reject: (e: Error) => void; worker: number | null }

const MAX_WORKERS = 4;

/**
 * Compiled (packages/cli/dist, what `npm start` runs) the worker is plain
 * JavaScript and loads no compiler. From source (development, tests) it runs
 * TypeScript: it registers tsx's loader itself (as bin/sentinel.js does),
 * resolved from here so any working directory works, then imports parseWorker.ts.
 */
const COMPILED = import.meta.url.endsWith('.js');

function startWorker(): Worker {
  if (COMPILED) return new Worker(new URL('./parseWorker.js', import.meta.url));
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const worker = JSON.stringify(new URL('./parseWorker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((m) => { m.register(); return import(${worker}); });`, { eval: true });
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly busy: boolean[] = [];
  private readonly inFlight = new Map<number, Pending & { on: number }>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private failed: Error | null = null;

  constructor(size = Math.min(MAX_WORKERS, Math.max(1, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on('message', (m: WorkerReply) => this.onReply(i, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => { if (code !== 0) this.fail(new Error(`解析线程异常退出 parse worker exited with code ${code}`)); });
      this.workers.push(w);
      this.busy.push(false);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  init(msg: InitMessage): void {
    for (const w of this.workers) w.postMessage(msg);
  }

  /**
   * Runs a job on `worker` (or on the first idle one when null); resolves with
   * its result and the worker that ran it (which keeps that file's readings).
   */
  run<R extends JobResult>(job: Job, worker: number | null = null): Promise<{ result: R; worker: number }> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(this.failed);
      this.queue.push({ job, worker, resolve: (result, on) => resolve({ result: result as R, worker: on }), reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    for (let q = 0; q < this.queue.length; q++) {
      const p = this.queue[q];
      const target = p.worker ?? this.busy.findIndex((b) => !b);
      if (target < 0 || this.busy[target]) continue;
      this.queue.splice(q--, 1);
      this.busy[target] = true;
      const id = this.nextId++;
      this.inFlight.set(id, { ...p, on: target });
      this.workers[target].postMessage({ id, job: p.job });
    }
  }

  private onReply(worker: number, m: WorkerReply): void {
    const p = this.inFlight.get(m.id);
    if (!p) return;
    this.inFlight.delete(m.id);
    this.busy[worker] = false;
    if (m.ok) p.resolve(m.result, worker);
    else {
      const f = m.error.fileProblem;
      const err = f ? new FileProblem(f.file, f.line, f.column, f.reason) : new Error(m.error.message);
      if (!f && m.error.stack) err.stack = m.error.stack;
      p.reject(err);
    }
    this.dispatch();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.inFlight.values()) p.reject(e);
    for (const p of this.queue) p.reject(e);
    this.inFlight.clear();
    this.queue.length = 0;
  }
}
