/**
 * One round trip per level of a request, not one per relation and level.
 *
 * DataLoader batches each relation on its own, so a level that needs an actor's memberships and its
 * responsibilities would still cost two queries. Loaders built on a ReadBatcher share its
 * scheduler: every loader dispatched in the same tick hands its batch to the batcher, which sends
 * them all to Neo4j as one statement, the parts joined by UNION ALL, and hands each part its rows.
 *
 * A part is a query of the repository layer (never user text) with one list parameter, written as
 * a function of that parameter's name and its own part number, returning `part, id, items`.
 */
import type { Db } from './driver.js';

/**
 * Writes one part: `param` names its list parameter, `part` is returned as the column `part`. A part
 * with parameters of its own returns them with its text (named so they cannot clash: prefixed with
 * the part number).
 */
export type PartQuery = (param: string, part: number) => string | { cypher: string; params: Record<string, unknown> };
export interface PartRow<T> { id: string; items: T }

interface Pending { query: PartQuery; ids: readonly string[]; resolve(rows: PartRow<unknown>[]): void; reject(e: unknown): void }

export class ReadBatcher {
  private scheduled: (() => void)[] = [];
  private pending: Pending[] = [];
  private flushing = false;

  constructor(private readonly db: Db) {}

  /** DataLoader's `batchScheduleFn`: loaders scheduled in one tick dispatch together, in the I/O phase. */
  readonly schedule = (dispatch: () => void): void => {
    this.scheduled.push(dispatch);
    if (this.scheduled.length === 1) setImmediate(() => this.dispatchAll());
  };

  /** Rows of one part; sent with every other part queued in the same dispatch. */
  read<T>(query: PartQuery, ids: readonly string[]): Promise<PartRow<T>[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ query, ids, resolve: resolve as Pending['resolve'], reject });
      // Called outside a dispatch (a page of a list, a loader without this scheduler): sent with the
      // loaders dispatched in the same turn, or on its own in the I/O phase.
      if (!this.flushing) this.schedule(() => {});
    });
  }

  /** One item per id, in the order asked (`missing` for ids without a row): a DataLoader's answer. */
  async readById<T>(query: PartQuery, ids: readonly string[], missing: T): Promise<T[]> {
    const byId = new Map((await this.read<T>(query, ids)).map((r) => [r.id, r.items]));
    return ids.map((id) => byId.get(id) ?? missing);
  }

  private dispatchAll(): void {
    const dispatches = this.scheduled;
    this.scheduled = [];
    this.flushing = true;
    try {
      for (const d of dispatches) d();
    } finally {
      this.flushing = false;
    }
    this.send();
  }

  private send(): void {
    const parts = this.pending;
    this.pending = [];
    if (!parts.length) return;
    const params: Record<string, unknown> = {};
    const cypher = parts.map((p, i) => {
      params[`ids${i}`] = p.ids;
      const q = p.query(`ids${i}`, i);
      if (typeof q === 'string') return q;
      Object.assign(params, q.params);
      return q.cypher;
    }).join('\nUNION ALL\n');
    this.db.read<PartRow<unknown> & { part: number }>(cypher, params).then((rows) => {
      const byPart = parts.map((): PartRow<unknown>[] => []);
      for (const r of rows) byPart[r.part].push({ id: r.id, items: r.items });
      parts.forEach((p, i) => p.resolve(byPart[i]));
    }, (e: unknown) => parts.forEach((p) => p.reject(e)));
  }
}
