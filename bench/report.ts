/**
 * Prints a benchmark run as tables: per scale, each workload's arms (latency, throughput, CPU per
 * request, database round trips, bytes) and the ratios Samkart/floor (c/a) and Samkart/peer (c/b)
 * as the median of the rounds with their spread; then how cost grows with the data, the map
 * figures, and the targets met or missed.
 *
 * Usage: `tsx bench/report.ts bench/results/a.json [b.json ...]` merges runs (e.g. S+M and L).
 */
import { readFileSync } from 'node:fs';
import type { ArmName } from './arms/index.js';
import { armFigure, median, p50, p99, ratio, rps, type BenchResults, type Mode, type ScaleResult, type Spread, type VariantResult } from './results.js';

const ARM_LETTER: Record<ArmName, string> = { floor: 'a floor', peer: 'b peer', samkart: 'c samkart' };

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(digits)) : '–');
const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US')) : '–');
const kb = (x: number | null) => (x == null ? '–' : x < 1024 ? `${x} B` : x < 1024 * 1024 ? `${(x / 1024).toFixed(1)} kB` : `${(x / 1024 / 1024).toFixed(2)} MB`);
const sp = (s: Spread, digits = 2) => (s.n ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : '–');

function table(rows: string[][], align: ('l' | 'r')[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (align[i] === 'l' ? (c ?? '').padEnd(widths[i]) : (c ?? '').padStart(widths[i]))).join('  ').trimEnd()).join('\n');
}

function modesOf(s: ScaleResult): Mode[] {
  const modes = new Set<Mode>();
  for (const v of s.variants) for (const a of Object.values(v.arms)) for (const r of a?.runs ?? []) modes.add(r.mode);
  return [...modes].sort((a, b) => (a === 'open' ? 1 : b === 'open' ? -1 : Number(a.slice(1)) - Number(b.slice(1))));
}

/** One scale: a row per workload and arm, then the ratio rows. */
export function scaleTable(s: ScaleResult): string {
  const modes = modesOf(s);
  const closed = modes.filter((m) => m !== 'open');
  const head = ['workload', 'arm', 'check', 'size', 'db rt', 'bytes'];
  for (const m of closed) head.push(`${m} p50`, `${m} p99`, `${m} req/s`);
  if (modes.includes('open')) head.push('open rate', 'open p50', 'open p99');
  head.push('cpu µs/req', 'db cpu µs/req');
  const rows: string[][] = [head];
  const busiest = closed[closed.length - 1];
  for (const v of s.variants) {
    for (const name of ['floor', 'peer', 'samkart'] as ArmName[]) {
      const a = v.arms[name];
      if (!a) continue;
      const row = [name === 'floor' ? v.id : '', ARM_LETTER[name], a.status, a.size == null ? '–' : String(a.size), a.roundTrips == null ? '–' : String(a.roundTrips), kb(a.bytes)];
      for (const m of closed) row.push(ms(armFigure(a, m, p50)), ms(armFigure(a, m, p99)), fmt(armFigure(a, m, rps)));
      if (modes.includes('open')) row.push(v.openRate ? fmt(v.openRate) : '–', ms(armFigure(a, 'open', p50)), ms(armFigure(a, 'open', p99)));
      row.push(fmt(armFigure(a, busiest, (r) => r.cpuUsPerRequest), 0), fmt(armFigure(a, busiest, (r) => r.dbCpuUsPerRequest), 0));
      rows.push(row);
    }
  }
  const align = head.map((_, i) => (i < 3 ? 'l' : 'r')) as ('l' | 'r')[];
  const ratioHead = ['workload', ...closed.flatMap((m) => [`c/a req/s ${m}`, `c/b req/s ${m}`]), `c/a p50 ${closed[0]}`, `c/b p50 ${closed[0]}`];
  const ratioRows: string[][] = [ratioHead];
  for (const v of s.variants) {
    ratioRows.push([v.id, ...closed.flatMap((m) => [sp(ratio(v, 'samkart', 'floor', m, rps)), sp(ratio(v, 'samkart', 'peer', m, rps))]),
      sp(ratio(v, 'samkart', 'floor', closed[0], p50)), sp(ratio(v, 'samkart', 'peer', closed[0], p50))]);
  }
  const l = s.load;
  return [
    `Scale ${s.scale}: ${s.dataset.nodes.toLocaleString('en-US')} nodes, ${s.dataset.relationships.toLocaleString('en-US')} relationships (with citations); `
    + `generated in ${(l.generateMs / 1000).toFixed(1)} s, loaded by loadDataset() in one call in ${(l.ms / 1000).toFixed(1)} s = ${l.elementsPerSecond.toLocaleString('en-US')} nodes+relationships/s`
    + (s.loadAverage ? `; load average ${s.loadAverage.start[0]} at start, ${s.loadAverage.end[0]} at end` : ''),
    '',
    table(rows, align),
    '',
    'Ratios, median of the rounds (min–max); req/s ratios above 1 and p50 ratios below 1 favour Samkart:',
    table(ratioRows, ratioHead.map((_, i) => (i === 0 ? 'l' : 'r')) as ('l' | 'r')[]),
  ].join('\n');
}

const SCALE_ORDER = ['XS', 'S', 'M', 'L'];

/** How each workload's single-request latency (c1 p50) grows with the data, per doubling of nodes+relationships. */
export function scalingTable(scales: ScaleResult[]): string | null {
  const ordered = [...scales].sort((a, b) => SCALE_ORDER.indexOf(a.scale) - SCALE_ORDER.indexOf(b.scale));
  if (ordered.length < 2) return null;
  const mode = 'c1' as Mode;
  const head = ['workload', 'arm', ...ordered.map((s) => `${s.scale} p50`), ...ordered.slice(1).map((s, i) => `×/doubling ${ordered[i].scale}→${s.scale}`)];
  const rows = [head];
  const ids = [...new Set(ordered.flatMap((s) => s.variants.map((v) => v.id)))];
  for (const id of ids) {
    for (const arm of ['floor', 'peer', 'samkart'] as ArmName[]) {
      const t = ordered.map((s) => armFigure(s.variants.find((v) => v.id === id)?.arms[arm], mode, p50));
      if (t.every((x) => !Number.isFinite(x))) continue;
      const size = ordered.map((s) => s.dataset.nodes + s.dataset.relationships);
      const per = ordered.slice(1).map((_, i) => doublingFactor(t[i], t[i + 1], size[i], size[i + 1]));
      rows.push([arm === 'floor' ? id : '', ARM_LETTER[arm], ...t.map(ms), ...per.map((x) => fmt(x, 2))]);
    }
  }
  return table(rows, head.map((_, i) => (i < 2 ? 'l' : 'r')) as ('l' | 'r')[]);
}

/** Time factor per doubling of the data: (t2/t1)^(1/log2(n2/n1)). */
export function doublingFactor(t1: number, t2: number, n1: number, n2: number): number {
  return Math.pow(t2 / t1, 1 / Math.log2(n2 / n1));
}

export interface Target { target: string; where: string; value: string; met: boolean | null; note?: string }

/** The targets of issues 6 and 11, judged on the figures of this run. */
export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const byScale = [...r.scales].sort((a, b) => SCALE_ORDER.indexOf(a.scale) - SCALE_ORDER.indexOf(b.scale));
  for (const s of byScale) {
    const busiest = modesOf(s).filter((m) => m !== 'open').pop() ?? ('c1' as Mode);
    const v = (id: string) => s.variants.find((x) => x.id === id);
    const check = (ids: string[], arm: ArmName, min: number, label: string) => {
      for (const id of ids) {
        const x = v(id);
        if (!x) continue;
        const q = ratio(x, 'samkart', arm, busiest, rps);
        out.push({ target: label, where: `${s.scale} ${id} ${busiest}`, value: sp(q), met: q.n ? q.median >= min : null });
      }
    };
    check(['1-actor'], 'floor', 0.6, 'Samkart ≥ 0.6× floor req/s (workload 1)');
    check(['2-plan', '3-graph-county', '3-graph-country', '4-gaps-plan', '4-gaps-all'], 'floor', 0.7, 'Samkart ≥ 0.7× floor req/s (workloads 2–4)');
    check(['1-actor', '2-plan'], 'peer', 1.5, 'Samkart ≥ 1.5× peer req/s (nested)');
    check(['4-gaps-plan', '4-gaps-all'], 'peer', 2, 'Samkart ≥ 2× peer req/s (gaps)');
    for (const id of ['3-graph-county', '3-graph-country']) {
      const x = v(id);
      const size = x?.arms.floor?.size ?? 0;
      if (!x || size < 10_000) continue;
      const q = ratio(x, 'samkart', 'floor', 'c1' as Mode, p50);
      out.push({ target: 'collaboration graph ≥ 10k elements: Samkart p50 ≤ 1.3× floor', where: `${s.scale} ${id} (${size} elements) c1`, value: sp(q), met: q.n ? q.median <= 1.3 : null });
    }
    // Issue 11: one database round trip per request for every workload (Server-Timing, median of the checks).
    for (const x of s.variants) {
      const trips = x.arms.samkart?.roundTrips;
      out.push({ target: 'database round trips per request: 1', where: `${s.scale} ${x.id}`, value: trips == null ? '–' : fmt(trips, 1), met: trips == null ? null : trips <= 1 });
    }
    if (s.scale === 'L') {
      const x = v('3-graph-country');
      const t = armFigure(x?.arms.samkart, 'c1' as Mode, p50), t99 = armFigure(x?.arms.samkart, 'c1' as Mode, p99);
      if (x) out.push({ target: 'whole-country graph at L under 1 s end to end', where: `L 3-graph-country c1 (${x.arms.floor?.size ?? '?'} elements)`, value: `p50 ${ms(t)} ms, p99 ${ms(t99)} ms`, met: Number.isFinite(t) ? t < 1000 : null });
    }
  }
  for (let i = 1; i < byScale.length; i++) {
    const a = byScale[i - 1], b = byScale[i];
    for (const v of b.variants.filter((x) => x.kind === 'list' || x.kind === 'graph')) {
      const t1 = armFigure(a.variants.find((x) => x.id === v.id)?.arms.samkart, 'c1' as Mode, p50);
      const t2 = armFigure(v.arms.samkart, 'c1' as Mode, p50);
      const f = doublingFactor(t1, t2, a.dataset.nodes + a.dataset.relationships, b.dataset.nodes + b.dataset.relationships);
      out.push({ target: 'doubling the data ≤ ~2.2× the time (list/graph)', where: `samkart ${v.id} ${a.scale}→${b.scale}`, value: `${fmt(f, 2)}× per doubling`, met: Number.isFinite(f) ? f <= 2.2 : null });
    }
  }
  for (const c of r.browser ?? []) {
    const where = `${c.elements} elements, ${c.renderer}${c.viewportOptions ? ' + viewport options' : ''}, ${c.layout}`;
    if (c.elements >= 4000 && c.elements < 10000) {
      out.push({ target: 'map 5k: first frame < 1.5 s', where, value: `${ms(c.firstFrameMs)} ms`, met: c.firstFrameMs < 1500 });
      out.push({ target: 'map 5k: ≥ 30 fps panning', where, value: `${fmt(c.panFps)} fps`, met: c.panFps >= 30 });
    }
    if (c.elements >= 10000) {
      out.push({ target: 'map 20k: ≥ 30 fps panning', where, value: `${fmt(c.panFps)} fps`, met: c.panFps >= 30 });
      out.push({ target: 'map 20k: no main-thread task over 200 ms', where, value: `${ms(c.longestTaskMs)} ms`, met: c.longestTaskMs <= 200 });
    }
  }
  return out;
}

export function browserTable(cases: BenchResults['browser']): string | null {
  if (!cases?.length) return null;
  const head = ['elements', 'nodes', 'edges', 'renderer', 'viewport opts', 'layout', 'first frame ms', 'layout ms', 'longest task ms', 'pan fps', 'zoom fps', 'note'];
  const rows = [head, ...cases.map((c) => [String(c.elements), String(c.nodes), String(c.edges), c.renderer + (c.renderer === 'webgl' && c.webglActive === false ? ' (fell back)' : ''),
    c.viewportOptions ? 'yes' : 'no', c.layout, ms(c.firstFrameMs), ms(c.layoutMs), ms(c.longestTaskMs), fmt(c.panFps), fmt(c.zoomFps), c.note ?? ''])];
  return table(rows, head.map((_, i) => (i >= 3 && i <= 5) || i === 11 ? 'l' : 'r') as ('l' | 'r')[]);
}

export function fullReport(r: BenchResults): string {
  const m = r.machine;
  const parts = [
    `Samkart benchmark, ${r.startedAt}: ${m.nproc} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.java}, Neo4j ${m.neo4j}`,
    `options: ${JSON.stringify(r.options)}`,
  ];
  for (const s of r.scales) parts.push('', scaleTable(s));
  const scaling = scalingTable(r.scales);
  if (scaling) parts.push('', 'Growth with the data: c1 p50 per scale and the time factor per doubling of nodes+relationships (1.0 = flat, 2.0 = linear):', scaling);
  const browser = browserTable(r.browser);
  if (browser) parts.push('', 'Map page (headless Chromium, Cytoscape):', browser);
  const t = targets(r);
  if (t.length) {
    parts.push('', 'Targets:', table([['target', 'where', 'value', 'met'], ...t.map((x) => [x.target, x.where, x.value, x.met == null ? '?' : x.met ? 'yes' : 'NO'])], ['l', 'l', 'r', 'l']));
  }
  return parts.join('\n');
}

/** Merges several runs (scales from later files replace the same scale of earlier ones). */
/**
 * Runs merged in order: a later run's workload replaces the same workload at the same scale (a
 * narrowed re-run, e.g. `--scale S,M --workload 4`); the scale's load figures stay those of the run
 * that measured most of its workloads.
 */
export function merge(runs: BenchResults[]): BenchResults {
  const scales = new Map<string, ScaleResult>();
  for (const r of runs) {
    for (const s of r.scales) {
      const before = scales.get(s.scale);
      if (!before) { scales.set(s.scale, s); continue; }
      const variants = new Map(before.variants.map((v) => [v.id, v]));
      for (const v of s.variants) variants.set(v.id, v);
      const base = s.variants.length > before.variants.length ? s : before;
      scales.set(s.scale, { ...base, variants: [...variants.values()] });
    }
  }
  const browser = runs.map((r) => r.browser).filter(Boolean).pop();
  return {
    ...runs[runs.length - 1], scales: [...scales.values()].sort((a, b) => SCALE_ORDER.indexOf(a.scale) - SCALE_ORDER.indexOf(b.scale)),
    ...(browser ? { browser } : {}), options: { merged: runs.map((r) => r.startedAt) },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  if (!files.length) { console.error('usage: tsx bench/report.ts <results.json> [more.json ...]'); process.exit(2); }
  console.log(fullReport(merge(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as BenchResults))));
}

export { median, type VariantResult };
