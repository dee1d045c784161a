/**
 * Import benchmark: preview and apply of a generated workbook of N measures (default 5,000) in a
 * throw-away embedded Neo4j holding the curated dataset, with time and peak memory of each phase,
 * printed beside the curated loader's rate on the same database.
 *
 *   npm run bench:import -- [--measures 5000]
 *
 * The workbook is what a large plan looks like: every measure with a description, one to four
 * owners drawn from the known actors (a share spelled differently: lower case, without accents,
 * a definite ending, a typo), a period, a budget, a theme and a status with a date.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createDriver, Db } from '../server/db/driver.js';
import { migrate } from '../server/db/migrations/index.js';
import { listDataFiles } from '../server/data/dataset.js';
import { loadDataFiles } from '../server/data/loader.js';
import { configureLog } from '../server/log.js';
import { applyPreview, createPreview } from '../server/interchange/service.js';
import { startBenchNeo4j } from './neo4j.js';
import { Rng } from './prng.js';

interface Phase { ms: number; peakRssMb: number; peakHeapMb: number }

/** Runs `work`, sampling memory every 10 ms; peak figures are above the level before the phase. */
async function measure<T>(work: () => Promise<T>): Promise<[T, Phase]> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss, heap = base.heapUsed;
  const timer = setInterval(() => { const m = process.memoryUsage(); rss = Math.max(rss, m.rss); heap = Math.max(heap, m.heapUsed); }, 10);
  const t0 = performance.now();
  try {
    const out = await work();
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss); heap = Math.max(heap, m.heapUsed);
    return [out, { ms: performance.now() - t0, peakRssMb: (rss - base.rss) / 2 ** 20, peakHeapMb: (heap - base.heapUsed) / 2 ** 20 }];
  } finally {
    clearInterval(timer);
  }
}

const SPELLINGS: ((s: string, r: () => number) => string)[] = [
  (s) => s,
  (s) => s.toLowerCase(),
  (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae'),
  (s) => (s.length > 8 ? s.slice(0, -1) : s),
  (s, r) => { const i = 1 + Math.floor(r() * (s.length - 2)); return s.length > 6 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s; },
];
const STATUSES = ['Ferdig', 'Pågår', 'Delvis gjennomført', 'Ikke utført', 'Uavklart'];

export async function workbookOf(n: number, actorNames: string[], seed = 7): Promise<Buffer> {
  const rng = new Rng(seed);
  const r = () => rng.next();
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)];
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Plan');
  plan.addRow(['Tittel', `Benchmark-plan med ${n} tiltak`]);
  plan.addRow(['Periode fra', '2025']);
  plan.addRow(['Periode til', '2028']);
  const ws = wb.addWorksheet('Tiltak');
  ws.addRow(['Nr', 'Tiltak', 'Beskrivelse', 'Ansvar', 'Frist', 'Budsjett', 'Tema', 'Status', 'Statusdato', 'Kommentar']);
  for (let i = 1; i <= n; i++) {
    const owners = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
      const name = pick(actorNames);
      return /[,;()"]/.test(name) ? `"${name}"` : (r() < 0.3 ? pick(SPELLINGS)(name, r) : name);
    });
    const cell = owners.length > 1 && r() < 0.5 ? `${owners.slice(1).join(', ')} (leder: ${owners[0]})` : owners.join(', ');
    ws.addRow([String(i), `Tiltak ${i}: samordne arbeidet mot vold i nære relasjoner i område ${i % 97}`,
      `Beskrivelse av tiltak ${i}. `.repeat(3), cell, String(2025 + (i % 4)), r() < 0.5 ? `kr ${(1 + (i % 50)) * 10_000}` : '',
      'Vold i nære relasjoner', pick(STATUSES), `2025-0${1 + (i % 9)}-15`, r() < 0.3 ? `Kommentar ${i}` : '']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main() {
  const arg = (name: string, def: number) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? Number(process.argv[i + 1]) : def; };
  const measures = arg('measures', 5_000);
  configureLog('warn', false);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'samkart-bench-import-'));
  const neo = await startBenchNeo4j({ dataDir: path.join(dir, 'data'), port: 0, heap: '1g', pageCache: '256m', argfileDir: dir });
  const db = new Db(createDriver({ uri: neo.uri, user: 'neo4j', password: '', database: 'neo4j' }), 'neo4j');
  try {
    await migrate(db);
    const files = await listDataFiles();
    const [loaded, loadPhase] = await measure(() => loadDataFiles(db, files));
    const loaderFacts = loaded.nodes + loaded.relationships + loaded.citations;
    const names = (await db.read<{ name: string }>('MATCH (a:Actor) WHERE NOT coalesce(a.isGenericRole, false) RETURN a.name AS name ORDER BY a.id')).map((x) => x.name);
    const file = await workbookOf(measures, names);
    const [up, previewPhase] = await measure(() => createPreview(db, 'bench', file, 'bench.xlsx', 'plan:bench-import'));
    const errors = up.preview.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`the generated workbook has errors: ${JSON.stringify(errors.slice(0, 3))}`);
    const [, applyPhase] = await measure(() => applyPreview(db, 'bench', up.id, [], up.preview.fingerprint));
    const facts = up.preview.changeSet.createNodes.length + up.preview.changeSet.createRels.length + up.preview.changeSet.updateNodes.length;
    // Re-import of the same file: every row unchanged (the diff path at full size).
    const [again, rePhase] = await measure(() => createPreview(db, 'bench', file, 'bench.xlsx', 'plan:bench-import'));
    const unchanged = again.preview.counts.unchanged;
    const row = (what: string, p: Phase, rate: string) =>
      `| ${what} | ${(p.ms / 1000).toFixed(2)} s | ${p.peakRssMb.toFixed(0)} MB | ${p.peakHeapMb.toFixed(0)} MB | ${rate} |`;
    const lines = [
      `Import benchmark: ${measures} measures (${(file.length / 2 ** 20).toFixed(1)} MB workbook), ${names.length} known actors, ` +
        `${up.preview.names.length} distinct names (${up.preview.names.filter((x) => x.kind === 'fuzzy').length} fuzzy, ${up.preview.counts.newActors} new)`,
      '',
      '| phase | time | peak RSS above start | peak heap above start | rate |',
      '|---|---|---|---|---|',
      row('loader: curated dataset (reference)', loadPhase, `${Math.round(loaderFacts / (loadPhase.ms / 1000))} facts/s (${loaderFacts} nodes, relationships, citations)`),
      row('upload + preview (read, match, diff, store)', previewPhase, `${Math.round(measures / (previewPhase.ms / 1000))} rows/s`),
      row('apply (one transaction)', applyPhase, `${Math.round(facts / (applyPhase.ms / 1000))} facts/s (${facts} nodes and relationships)`),
      row(`re-import preview (${unchanged} unchanged)`, rePhase, `${Math.round(measures / (rePhase.ms / 1000))} rows/s`),
    ];
    console.log(lines.join('\n'));
  } finally {
    await db.driver.close();
    await neo.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
