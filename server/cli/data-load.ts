/** `npm run data:load [-- files...]`: validates the curated data and loads it (idempotent, atomic). */
import path from 'node:path';
import { buildDataset, DataError, listDataFiles } from '../data/dataset.js';
import { loadDataFiles } from '../data/loader.js';
import { migrate } from '../db/migrations/index.js';
import { withDb } from './connect.js';

const args = process.argv.slice(2);
try {
  const files = args.length ? args.map((f) => path.resolve(f)) : await listDataFiles();
  await buildDataset(files); // fail on bad files before starting a database
  const r = await withDb(async (db) => {
    await migrate(db);
    return loadDataFiles(db, files);
  });
  console.log(`Loaded ${r.files.length} files: ${r.nodes} nodes, ${r.relationships} relationships, ${r.citations} citations in ${r.ms} ms (dataset ${r.version}; ${r.removed} stale facts removed).`);
} catch (e) {
  console.error(e instanceof DataError ? e.message : `data:load failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
