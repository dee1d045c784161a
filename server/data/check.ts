/**
 * `npm run data:check [-- files...]`: validates data files without a database. With no arguments
 * it checks the whole curated set; with files it checks those alone (references to ids that only
 * other files define are then reported too, so name every file the one you check depends on).
 */
import path from 'node:path';
import { buildDataset, DataError, listDataFiles } from './dataset.js';

const args = process.argv.slice(2);
const files = args.length ? args.map((f) => path.resolve(f)) : await listDataFiles();
try {
  const data = await buildDataset(files);
  const byLabel = new Map<string, number>();
  for (const n of data.nodes) byLabel.set(n.label, (byLabel.get(n.label) ?? 0) + 1);
  console.log(`ok: ${data.files.length} file(s), ${data.nodes.length} nodes, ${data.rels.length} relationships`);
  console.log([...byLabel].map(([l, c]) => `  ${l}: ${c}`).join('\n'));
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
