/**
 * A small pool of worker threads for CPU-heavy analysis (graph metrics, communities, layout), so one
 * request's computation never freezes the event loop that answers everybody else. The queue is
 * bounded (a full queue answers SERVER_BUSY at once rather than piling work up), and each task ends
 * at its request's deadline or when its client goes away: the worker running it is terminated
 * (the only way to stop JS mid-computation) and replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DomainError, Timeout, type DomainErrorKind } from '../db/errors.js';
import type { RequestLimits } from '../db/driver.js';
import { log } from '../log.js';

export interface PoolOptions {
  /** Worker threads; 0 runs tasks on the main thread (for debugging). */
  size: number;
  /** Tasks waiting beyond the running ones; more are refused with SERVER_BUSY. */
  queueLimit: number;
  /** Time limit of a task without a request deadline. */
  timeoutMs: number;
}

/** Too much analysis work is queued already; the caller should retry shortly. */
export class Busy extends DomainError {
  constructor() {
    super('BUSY', 'The server is busy with other analyses; try again in a moment.', { retryAfter: 2 });
    this.name = 'Busy';
  }
}

let options: PoolOptions = { size: Math.max(1, Math.min(4, os.availableParallelism() - 1)), queueLimit: 32, timeoutMs: 30_000 };

interface Job {
  id: number; name: string; input: unknown;
  resolve(v: unknown): void; reject(e: unknown): void;
  deadline: number; signal?: AbortSignal; onAbort?: () => void;
}
interface Slot { worker: Worker; job: Job | null; timer?: NodeJS.Timeout }

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

/** Sets the pool's size and limits (from config); call before the first task. */
export function configureAnalysisPool(o: Partial<PoolOptions>) {
  options = { ...options, ...o };
}

function spawn(): Slot {
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), { execArgv: [] });
  worker.unref(); // an idle pool never keeps the process alive
  const slot: Slot = { worker, job: null };
  worker.on('message', (m: { id?: number; ok?: boolean; output?: unknown; error?: { name?: string; message: string; kind?: DomainErrorKind; details?: object } }) => {
    if (m.id === undefined || slot.job?.id !== m.id) return;
    const job = finish(slot);
    if (m.ok) job.resolve(m.output);
    else job.reject(m.error?.kind ? new DomainError(m.error.kind, m.error.message, m.error.details) : new Error(`analysis task ${job.name} failed: ${m.error?.message}`));
    dispatch();
  });
  worker.on('error', (e) => log.error('analysis worker failed', { error: String(e.stack ?? e) }));
  worker.on('exit', () => {
    const i = slots.indexOf(slot);
    if (i < 0) return; // replaced on purpose
    slots.splice(i, 1);
    if (slot.job) finish(slot).reject(new Error('the analysis worker exited unexpectedly'));
    dispatch();
  });
  slots.push(slot);
  return slot;
}

function finish(slot: Slot): Job {
  const job = slot.job!;
  slot.job = null;
  clearTimeout(slot.timer);
  if (job.onAbort) job.signal?.removeEventListener('abort', job.onAbort);
  return job;
}

/** Stops a worker that runs a task nobody waits for any more, and starts a fresh one. */
function recycle(slot: Slot, reason: Error) {
  const job = finish(slot);
  slots.splice(slots.indexOf(slot), 1);
  void slot.worker.terminate();
  job.reject(reason);
  dispatch();
}

function dispatch() {
  while (queue.length) {
    let slot = slots.find((s) => !s.job);
    if (!slot && slots.length < options.size) slot = spawn();
    if (!slot) return;
    const job = queue.shift()!;
    if (job.signal?.aborted || job.deadline <= Date.now()) { job.reject(new Timeout()); continue; }
    slot.job = job;
    const running = slot;
    running.timer = setTimeout(() => recycle(running, new Timeout()), job.deadline - Date.now());
    job.onAbort = () => recycle(running, new Timeout('The request was cancelled.'));
    job.signal?.addEventListener('abort', job.onAbort, { once: true });
    running.worker.postMessage({ id: job.id, name: job.name, input: job.input });
  }
}

/**
 * Runs the task `name` of server/workers/tasks.ts on a worker thread. It ends with the request:
 * at `limits.deadline` or when `limits.signal` aborts (Timeout), and is refused at once (Busy)
 * when the queue is full.
 */
export async function runAnalysis<T>(name: string, input: unknown, limits: RequestLimits = {}): Promise<T> {
  if (options.size === 0) {
    const tasks = await import('./tasks.js') as unknown as Record<string, (i: unknown) => T>;
    return tasks[name](input);
  }
  if (limits.signal?.aborted) throw new Timeout('The request was cancelled.');
  if (queue.length >= options.queueLimit) throw new Busy();
  return new Promise<T>((resolve, reject) => {
    queue.push({
      id: nextId++, name, input, resolve: resolve as (v: unknown) => void, reject,
      deadline: limits.deadline ?? Date.now() + options.timeoutMs, signal: limits.signal,
    });
    dispatch();
  });
}

/** Terminates the workers (at shutdown); queued tasks are refused. */
export async function stopAnalysisPool(): Promise<void> {
  for (const job of queue.splice(0)) job.reject(new Timeout('The server is stopping.'));
  const all = slots.splice(0);
  for (const s of all) if (s.job) finish(s).reject(new Timeout('The server is stopping.'));
  await Promise.all(all.map((s) => s.worker.terminate()));
}
