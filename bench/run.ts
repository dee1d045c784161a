/**
 * `npm run bench`: for each scale, a fresh embedded Neo4j loaded with the generated graph through
 * `loadDataset()`, the three arms (floor, peer, Samkart) each in its own process against it, a check
 * that the arms answer alike, then warm-up and rounds that interleave the arms at fixed concurrency
 * (closed model, autocannon) and at a fixed request rate (open model). Prints the tables and writes
 * bench/results/<time>.json (and latest.json).
 *
 *   npm run bench -- [--scale S,M] [--workload 1,3] [--rounds 3] [--duration 5] [--warmup 2]
 *                    [--connections 1,16] [--arms floor,peer,samkart] [--no-open] [--no-browser]
 *                    [--browser-elements 1000,5000,20000] [--seed 1] [--out file.json] [--baseline]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startArm, type Arm, type ArmName } from './arms/index.js';
import { generateAndLoad, startBenchDb, type BenchDb } from './database.js';
import { SCALES, type Scale } from './generate.js';
import { closedLoop, openLoop } from './load.js';
import { fullReport } from './report.js';
import { median, type ArmResult, type ArmRun, type BenchResults, type Machine, type Mode, type ScaleResult, type VariantResult } from './results.js';
import { variants as allVariants, type GraphQLBody, type Variant } from './workloads.js';

export interface BenchOptions {
  scales: Scale[];
  workloads: number[] | null;
  rounds: number;
  /** Seconds per timed run. */
  duration: number;
  /** Seconds of warm-up per arm and workload. */
  warmup: number;
  connections: number[];
  arms: ArmName[];
  open: boolean;
  browser: boolean;
  browserElements: number[];
  seed: number;
  /** Called with the results so far after each scale (the CLI writes them, so a late failure loses nothing). */
  onScale?: (partial: BenchResults) => void;
  log: (line: string) => void;
}

export const DEFAULTS: BenchOptions = {
  scales: ['S', 'M'], workloads: null, rounds: 3, duration: 5, warmup: 3, connections: [1, 16],
  arms: ['floor', 'peer', 'samkart'], open: true, browser: true, browserElements: [1000, 5000, 20000], seed: 1,
  log: (line) => console.log(line),
};

export const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');

/**
 * Numbers every request of a scale (reset per scale: each scale has a fresh database), so writes
 * are unique across arms and rounds; reads use it modulo their rotation.
 */
let requestCounter = 0;

export function machine(neo4jVersion: string): Machine {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return {
    nproc: os.availableParallelism(), memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model ?? 'unknown',
    node: process.version, java: (java.stderr || java.stdout || '').split('\n')[0].trim(), neo4j: neo4jVersion,
    os: `${os.type()} ${os.release()}`,
  };
}

const CLK_TCK = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { return 100; }
})();

/** CPU time (user + system) of a process, µs, from /proc (Linux); NaN elsewhere. */
function processCpuUs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLK_TCK;
  } catch { return NaN; }
}

async function post(arm: Arm, call: { path: string; body: string; headers?: Record<string, string> }) {
  const origin = new URL(arm.url).origin;
  const res = await fetch(origin + call.path, { method: 'POST', headers: { 'content-type': 'application/json', ...call.headers }, body: call.body });
  const text = await res.text();
  const timing = res.headers.get('server-timing') ?? '';
  const m = /db;desc="(\d+) queries"/.exec(timing);
  return { status: res.status, text, bytes: Buffer.byteLength(text), roundTrips: m ? Number(m[1]) : null };
}

/** A short description of how two normal forms differ. */
export function describeDifference(a: unknown, b: unknown): string {
  const flat = (x: unknown): string[] => (Array.isArray(x) ? x.map((y) => JSON.stringify(y))
    : x && typeof x === 'object' ? Object.entries(x).flatMap(([k, v]) => (Array.isArray(v) ? v.map((y) => `${k}:${JSON.stringify(y)}`) : [`${k}=${JSON.stringify(v)}`])) : [JSON.stringify(x)]);
  const fa = new Set(flat(a)), fb = new Set(flat(b));
  const onlyA = [...fa].filter((x) => !fb.has(x)), onlyB = [...fb].filter((x) => !fa.has(x));
  if (!onlyA.length && !onlyB.length) return 'same items in another order';
  return `${onlyA.length} only here (e.g. ${onlyA.slice(0, 2).join(', ')}), ${onlyB.length} only in the floor (e.g. ${onlyB.slice(0, 2).join(', ')})`;
}

/**
 * Calls every arm with the same requests and compares their normal forms with the floor's. The arms
 * are called concurrently (first requests are dominated by cold query planning in Neo4j).
 */
/** A GraphQL answer that is only a time-limit error (the arm's own limit, e.g. Samkart's TIMEOUT). */
function isTimeout(text: string): boolean {
  try {
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    return !!body.errors?.length && body.errors.every((e) => e.extensions?.code === 'TIMEOUT' || /took longer than/.test((e as { message: string }).message));
  } catch { return false; }
}

async function verify(variant: Variant, arms: Arm[]): Promise<Map<ArmName, ArmResult>> {
  const answers = await Promise.all(arms.map(async (arm) => {
    const result: ArmResult = { arm: arm.name, status: 'ok', roundTrips: null, bytes: null, size: null, runs: [] };
    const normals: unknown[] = [];
    const trips: number[] = [], bytes: number[] = [], sizes: number[] = [];
    for (let i = 0; i < variant.rotation; i++) {
      // Reads: the same parameters for every arm. Writes: unique numbers from the shared counter.
      const k = variant.workload === 6 ? requestCounter++ : i;
      const call = variant.call(arm.name, k);
      if (!call) { result.status = 'n/a'; break; }
      try {
        // A first request can exceed an arm's operation time limit while Neo4j plans its statement
        // cold on a loaded machine: every arm gets one retry (a second failure is an error).
        const r = await post(arm, call).then(async (x) => (isTimeout(x.text) ? post(arm, call) : x));
        const body = JSON.parse(r.text) as GraphQLBody;
        normals[i] = variant.normalise(arm.name, body, k);
        if (r.roundTrips != null) trips.push(r.roundTrips);
        bytes.push(r.bytes);
        if (variant.size) sizes.push(variant.size(body, arm.name));
      } catch (e) {
        result.status = 'error';
        result.detail = String((e as Error).message ?? e).slice(0, 400);
        break;
      }
    }
    result.roundTrips = trips.length ? median(trips) : null;
    result.bytes = bytes.length ? Math.round(median(bytes)) : null;
    result.size = sizes.length ? median(sizes) : null;
    return { arm, result, normals };
  }));
  const floor = answers.find((a) => a.arm.name === 'floor');
  // Writes are unique, so answers differ by design: each arm's answers are checked, not compared.
  if (floor && floor.result.status === 'ok' && variant.workload !== 6) {
    for (const a of answers) {
      if (a === floor || a.result.status !== 'ok') continue;
      const i = a.normals.findIndex((n, j) => JSON.stringify(n) !== JSON.stringify(floor.normals[j]));
      if (i >= 0) { a.result.status = 'diff'; a.result.detail = `request ${i}: ${describeDifference(a.normals[i], floor.normals[i])}`; }
    }
  }
  return new Map(answers.map((a) => [a.arm.name, a.result]));
}

export class DatabaseGone extends Error {}

/** Throws when the benchmark's database process is gone (it is only ever stopped by us). */
function checkAlive(pid: number) {
  try { process.kill(pid, 0); } catch {
    throw new DatabaseGone(`the benchmark's Neo4j (pid ${pid}) is gone: another process killed it (e.g. a concurrent .ci/run cleanup)`);
  }
}

async function timedRun(arm: Arm, variant: Variant, dbPid: number, mode: Mode, round: number, o: BenchOptions, rate?: number): Promise<ArmRun> {
  checkAlive(dbPid);
  const next = () => variant.call(arm.name, requestCounter++)!;
  const origin = new URL(arm.url).origin;
  const cpu0 = await arm.cpu(), db0 = processCpuUs(dbPid);
  let figures;
  if (mode === 'open') {
    // Enough time for a handful of requests even when the rate is low (large graphs at L).
    const seconds = Math.min(o.duration * 3, Math.max(o.duration, 5 / rate!));
    figures = await openLoop(origin, next, rate!, seconds);
  } else {
    figures = await closedLoop(origin, next, Number(mode.slice(1)), o.duration);
  }
  const cpu1 = await arm.cpu(), db1 = processCpuUs(dbPid);
  const n = Math.max(1, figures.requests);
  return {
    round, mode, figures,
    cpuUsPerRequest: (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / n,
    dbCpuUsPerRequest: (db1 - db0) / n,
  };
}

async function benchScale(scale: Scale, o: BenchOptions, versionOut: { neo4j: string }): Promise<ScaleResult> {
  const t0 = performance.now();
  requestCounter = 0;
  const loadStart = os.loadavg().map((x) => Math.round(x * 100) / 100);
  o.log(`\n== scale ${scale}: starting a fresh embedded Neo4j (load average ${loadStart.join(' ')}) ...`);
  let db: BenchDb | undefined;
  const arms: Arm[] = [];
  try {
    db = await startBenchDb(scale);
    const [component] = await db.db.read<{ version: string }>('CALL dbms.components() YIELD versions RETURN versions[0] AS version');
    versionOut.neo4j = component?.version ?? 'unknown';
    const since = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
    o.log(`   database up after ${since()}`);
    // The load is timed alone (inside loadDataset()): arms starting at the same time would take
    // CPU from it on two cores. They start afterwards, all at once.
    const { generated, load } = await generateAndLoad(db, scale, o.seed);
    o.log(`   loaded ${load.nodesInGraph} nodes and ${load.relationshipsInGraph} relationships in ${(load.ms / 1000).toFixed(1)} s (${load.elementsPerSecond} per s); ${since()}`);
    const started = await Promise.allSettled(o.arms.map((name) => startArm(name, db!.uri)));
    for (const s of started) if (s.status === 'fulfilled') arms.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    o.log(`   arms up: ${arms.map((a) => `${a.name} (pid ${a.pid})`).join(', ')}; ${since()}`);
    const variants = allVariants(generated.index).filter((v) => !o.workloads || o.workloads.includes(v.workload));
    const results: VariantResult[] = [];
    // First pass: check every workload on every arm and give each a short burst, so that the first
    // workload timed does not pay for warming up the code and query caches every workload shares.
    const checks = new Map<string, Map<ArmName, ArmResult>>();
    for (const variant of variants) {
      const checked = await verify(variant, arms);
      checks.set(variant.id, checked);
      const summary = [...checked.values()].map((a) => `${a.arm} ${a.status}${a.detail ? ` (${a.detail})` : ''}`).join('; ');
      o.log(`   ${variant.id}: ${summary}; ${since()}`);
      if (o.warmup > 0) {
        for (const arm of arms.filter((a) => ['ok', 'diff'].includes(checked.get(a.name)!.status))) {
          await closedLoop(new URL(arm.url).origin, () => variant.call(arm.name, requestCounter++)!, Math.max(...o.connections), Math.min(1, o.warmup));
        }
      }
    }
    for (const variant of variants) {
      const checked = checks.get(variant.id)!;
      const result: VariantResult = { id: variant.id, workload: variant.workload, title: variant.title, kind: variant.kind, openRate: null, arms: Object.fromEntries(checked) };
      results.push(result);
      // Arms that answered differently are still timed (the table flags them); failed ones are not.
      const timed = arms.filter((a) => ['ok', 'diff'].includes(checked.get(a.name)!.status));
      if (o.warmup > 0) for (const arm of timed) await closedLoop(new URL(arm.url).origin, () => variant.call(arm.name, requestCounter++)!, Math.max(...o.connections), o.warmup);
      o.log(`   ${variant.id}: timing; ${since()}`);
      for (let round = 1; round <= o.rounds; round++) {
        // Interleave: every round runs every arm, in an order rotated by the round.
        const order = timed.map((_, i) => timed[(i + round - 1) % timed.length]);
        for (const c of o.connections) {
          for (const arm of order) checked.get(arm.name)!.runs.push(await timedRun(arm, variant, db.pid, `c${c}`, round, o));
        }
        if (o.open && timed.length) {
          if (result.openRate == null) {
            // Half of what the slowest arm sustained at the highest concurrency, the same for every arm.
            const busiest = `c${Math.max(...o.connections)}` as Mode;
            const slowest = Math.min(...timed.map((a) => checked.get(a.name)!.runs.find((r) => r.mode === busiest && r.round === round)?.figures.rps ?? Infinity));
            result.openRate = Math.max(0.2, Math.min(1000, Math.round(slowest * 0.5 * 10) / 10));
          }
          for (const arm of order) checked.get(arm.name)!.runs.push(await timedRun(arm, variant, db.pid, 'open', round, o, result.openRate));
        }
        const line = order.map((a) => {
          const runs = checked.get(a.name)!.runs.filter((r) => r.round === round);
          return `${a.name} ${runs.map((r) => `${r.mode} ${r.figures.rps.toFixed(1)}/s p50 ${r.figures.p50.toFixed(2)}ms${r.figures.errors ? ` ERR ${r.figures.errors}` : ''}`).join(', ')}`;
        }).join(' | ');
        o.log(`     round ${round}: ${line}`);
      }
    }
    return {
      scale, dataset: { nodes: load.nodesInGraph, relationships: load.relationshipsInGraph }, load,
      seconds: Math.round((performance.now() - t0) / 1000), variants: results,
      loadAverage: { start: loadStart, end: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    };
  } finally {
    for (const a of arms) await a.stop().catch(() => {});
    await db?.stop().catch(() => {});
  }
}

export async function runBench(options: Partial<BenchOptions> = {}): Promise<BenchResults> {
  const o: BenchOptions = { ...DEFAULTS, ...options };
  const startedAt = new Date().toISOString();
  const version = { neo4j: 'unknown' };
  const scales: ScaleResult[] = [];
  const { log: _log, onScale: _onScale, ...shown } = o;
  const results: BenchResults = { version: 1, startedAt, machine: machine(version.neo4j), options: shown, scales };
  for (const s of o.scales) {
    try {
      scales.push(await benchScale(s, o, version));
    } catch (e) {
      if (!(e instanceof DatabaseGone)) throw e;
      o.log(`   ${e.message}; running scale ${s} again from the start`);
      scales.push(await benchScale(s, o, version));
    }
    results.machine.neo4j = version.neo4j;
    o.onScale?.(results);
  }
  if (o.browser) {
    const { runBrowserBench } = await import('./browser.js');
    results.browser = await runBrowserBench({ elements: o.browserElements, seed: o.seed, log: o.log });
    results.machine.chromium = (await import('./browser.js')).chromiumVersion();
  }
  results.finishedAt = new Date().toISOString();
  return results;
}

export function parseArgs(argv: string[]): Partial<BenchOptions> & { out?: string; baseline?: boolean } {
  const o: Partial<BenchOptions> & { out?: string; baseline?: boolean } = {};
  const list = (v: string) => v.split(',').map((x) => x.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      return value;
    };
    switch (a) {
      case '--scale': case '--scales': {
        const s = list(v().toUpperCase()) as Scale[];
        for (const x of s) if (!SCALES.includes(x)) throw new Error(`unknown scale ${x}: use ${SCALES.join(', ')}`);
        o.scales = s; break;
      }
      case '--workload': case '--workloads': o.workloads = list(v()).map(Number); o.browser ??= false; break;
      case '--rounds': o.rounds = Number(v()); break;
      case '--duration': o.duration = Number(v()); break;
      case '--warmup': o.warmup = Number(v()); break;
      case '--connections': o.connections = list(v()).map(Number); break;
      case '--arms': o.arms = list(v()) as ArmName[]; break;
      case '--no-open': o.open = false; break;
      case '--browser': o.browser = true; break;
      case '--no-browser': o.browser = false; break;
      case '--browser-elements': o.browserElements = list(v()).map(Number); break;
      case '--seed': o.seed = Number(v()); break;
      case '--out': o.out = v(); break;
      case '--baseline': o.baseline = true; break;
      default: throw new Error(`unknown option ${a}; see the top of bench/run.ts or bench/README.md`);
    }
  }
  if (o.arms && !o.arms.includes('floor')) throw new Error('--arms must include floor: the other arms are checked and compared against it');
  return o;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { out, baseline, ...options } = parseArgs(process.argv.slice(2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  let file = out;
  const save = (r: BenchResults) => {
    file ??= path.join(RESULTS_DIR, `${r.startedAt.replace(/[:.]/g, '-')}-${(options.scales ?? DEFAULTS.scales).join('')}.json`);
    const json = JSON.stringify(r, null, 1);
    writeFileSync(file, json);
    writeFileSync(path.join(RESULTS_DIR, 'latest.json'), json);
    if (baseline) writeFileSync(path.join(RESULTS_DIR, 'baseline.json'), json);
  };
  const results = await runBench({ ...options, onScale: save });
  save(results);
  console.log('\n' + fullReport(results));
  console.log(`\nresults: ${path.relative(process.cwd(), file!)}${baseline ? ' (and bench/results/baseline.json)' : ''}`);
  // Child processes and the database are stopped; the driver pool's sockets may still hold the loop.
  process.exit(0);
}
