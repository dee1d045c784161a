/**
 * Starts and stops the embedded Neo4j (db/, a small Java launcher) as a child process. The child
 * reports in JSON lines on stdout; it exits by itself when our stdin pipe closes, so it never
 * outlives this process, even after a crash or SIGKILL.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildDb } from '../../scripts/build-db.mjs';

const DB_DIR = path.resolve(import.meta.dirname, '../../db');

export interface EmbeddedOptions {
  /** Folder that holds the store; created if missing. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** JVM heap, e.g. "1g". */
  heap?: string;
  /** Neo4j page cache, e.g. "256m". */
  pageCache?: string;
  /** How long to wait for the ready line. */
  timeoutMs?: number;
  /** Aborting it kills a JVM that is still starting (a shutdown during a restart). */
  signal?: AbortSignal;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** Settles when the JVM has exited, for whatever reason (stop(), a crash, kill -9). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops Neo4j cleanly (checkpoint, no recovery at the next start). */
  stop(): Promise<void>;
}

export class EmbeddedStartError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'EmbeddedStartError';
  }
}

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  try {
    buildDb({ quiet: false });
  } catch (e) {
    throw new EmbeddedStartError('BUILD_FAILED', (e as Error).message);
  }
  const classpath = readFileSync(path.join(DB_DIR, 'target/classpath.txt'), 'utf8').trim();
  const child = spawn('java', [
    `-Xmx${opts.heap ?? '1g'}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
    '-cp', `${path.join(DB_DIR, 'target/classes')}${path.delimiter}${classpath}`,
    'no.samkart.db.EmbeddedNeo4j',
    '--data', path.resolve(opts.dataDir), '--port', String(opts.port), '--host', '127.0.0.1',
    '--pagecache', opts.pageCache ?? '256m', '--exit-on-stdin-eof',
  ], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches only us, and we stop Neo4j after closing the
    // driver. If we die first, the stdin pipe closes and Neo4j stops itself.
    detached: true,
  });

  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => { stderr.push(String(d)); if (stderr.length > 50) stderr.shift(); });
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const abort = () => child.kill('SIGKILL');
  if (opts.signal?.aborted) abort();
  opts.signal?.addEventListener('abort', abort, { once: true });

  const ready = await new Promise<{ uri: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedStartError('START_TIMEOUT', `the embedded Neo4j did not report ready within ${(opts.timeoutMs ?? 120_000) / 1000} s`));
    }, opts.timeoutMs ?? 120_000);
    lines.on('line', (line) => {
      let msg: { event?: string; uri?: string; port?: number; code?: string; message?: string };
      try { msg = JSON.parse(line); } catch { return; }
      if (msg.event === 'ready') { clearTimeout(timer); resolve({ uri: msg.uri!, port: msg.port! }); }
      if (msg.event === 'error') { clearTimeout(timer); reject(new EmbeddedStartError(msg.code ?? 'START_FAILED', msg.message ?? 'unknown error')); }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new EmbeddedStartError('SPAWN_FAILED', `could not run java (${e.message}): install Java 17 or newer, or set NEO4J_URI`));
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      if (opts.signal?.aborted) reject(new EmbeddedStartError('ABORTED', 'the start of the embedded Neo4j was cancelled'));
      reject(new EmbeddedStartError('EXITED', `the embedded Neo4j exited with ${signal ?? `code ${code}`} before it was ready: ${stderr.join('').trim().slice(-500)}`));
    });
  }).finally(() => opts.signal?.removeEventListener('abort', abort));

  let stopping: Promise<void> | undefined;
  return {
    ...ready,
    pid: child.pid!,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
