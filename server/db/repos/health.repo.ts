/** The readiness probe's statement: the database answers a trivial read. */
import type { Db } from '../driver.js';

export async function ping(db: Db): Promise<void> {
  await db.read('RETURN 1 AS ok');
}
