/**
 * Keeps the embedded Neo4j running: when its JVM exits without being asked to (a crash, the OOM
 * killer, kill -9), it is started again on the same port and data folder, with exponential backoff
 * between failed attempts and one log line per attempt. The driver keeps its URI and reconnects by
 * itself; while the JVM is down `up` is false and the HTTP layer answers 503 at once.
 */
import { log } from '../log.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded.js';

export interface SupervisorOptions {
  /** Delay before the first restart attempt; doubled after each failure. */
  initialDelayMs?: number;
  /** The longest wait between attempts. */
  maxDelayMs?: number;
}

export class EmbeddedSupervisor {
  private current: EmbeddedNeo4j;
  private stopping = false;
  private readonly abort = new AbortController();
  private restarting: Promise<void> | undefined;
  /** Restarts so far (for /readyz and the tests). */
  restarts = 0;
  /** When the JVM last went down (ms since the epoch), or null while it runs. */
  downSince: number | null = null;

  constructor(first: EmbeddedNeo4j, private readonly options: EmbeddedOptions, private readonly timing: SupervisorOptions = {}) {
    this.current = first;
    this.watch(first);
  }

  /** True while the JVM runs (the database may still be recovering for a moment after a restart). */
  get up(): boolean { return this.downSince === null; }
  get pid(): number { return this.current.pid; }
  get uri(): string { return this.current.uri; }

  private watch(db: EmbeddedNeo4j) {
    void db.exited.then(({ code, signal }) => {
      if (this.stopping || db !== this.current) return;
      this.downSince = Date.now();
      log.error(`The embedded Neo4j (pid ${db.pid}) exited unexpectedly (${signal ?? `exit code ${code}`}); restarting it`);
      this.restarting = this.restart();
    });
  }

  private async restart() {
    const initial = this.timing.initialDelayMs ?? 250, max = this.timing.maxDelayMs ?? 30_000;
    for (let attempt = 1; !this.stopping; attempt++) {
      const delay = Math.min(initial * 2 ** (attempt - 1), max);
      await this.sleep(delay);
      if (this.stopping) return;
      log.warn(`Restarting the embedded Neo4j on port ${this.current.port} (attempt ${attempt}) ...`);
      try {
        const db = await startEmbeddedNeo4j({ ...this.options, port: this.current.port, signal: this.abort.signal });
        if (this.stopping) { await db.stop(); return; }
        const downFor = Date.now() - (this.downSince ?? Date.now());
        this.current = db;
        this.restarts++;
        this.downSince = null;
        log.warn(`The embedded Neo4j is back (pid ${db.pid}, attempt ${attempt}, down for ${(downFor / 1000).toFixed(1)} s)`);
        this.watch(db);
        return;
      } catch (e) {
        if (this.stopping) return;
        const next = Math.min(initial * 2 ** attempt, max);
        log.error(`Restarting the embedded Neo4j failed (attempt ${attempt}): ${(e as Error).message.slice(0, 300)}; next attempt in ${(next / 1000).toFixed(1)} s`);
      }
    }
  }

  private sleep(ms: number) {
    return new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      this.abort.signal.addEventListener('abort', () => { clearTimeout(t); resolve(); }, { once: true });
    });
  }

  /** Stops supervising and stops the JVM (also one that is starting). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    await this.restarting?.catch(() => {});
    await this.current.stop();
  }
}
