/** The readiness probe's statement: the database answers a trivial read. */
import { REQUEST_TAG, type Db } from '../driver.js';

export async function ping(db: Db): Promise<void> {
  await db.read('RETURN 1 AS ok');
}

export interface RequestTransactionRow { id: string; status: string; elapsedMs: number; query: string }

/** Transactions of HTTP requests (those tagged for cancellation) running in the database now. */
const REQUEST_TRANSACTIONS = `SHOW TRANSACTIONS YIELD transactionId, metaData, status, elapsedTime, currentQuery
  WHERE metaData.${REQUEST_TAG} IS NOT NULL
  RETURN transactionId AS id, status, elapsedTime.milliseconds AS elapsedMs, currentQuery AS query`;

export async function requestTransactions(db: Db): Promise<RequestTransactionRow[]> {
  return db.read<RequestTransactionRow>(REQUEST_TRANSACTIONS);
}
