/** `npm run data:report`: what the graph holds and which facts need a look (see server/data/report.ts). */
import { dataReport, formatReport } from '../data/report.js';
import { withDb } from './connect.js';

try {
  const r = await withDb(dataReport);
  console.log(formatReport(r));
  if (r.nodesWithoutSource.length || r.relationshipsWithoutSource.length || r.possibleDuplicateActors.length) process.exitCode = 2;
} catch (e) {
  console.error(`data:report failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
