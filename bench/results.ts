/** The shape of a benchmark run as written to bench/results/*.json, and the summaries of it. */
import type { ArmName } from './arms/index.js';
import type { LoadFigures as DbLoadFigures } from './database.js';
import type { Scale } from './generate.js';
import type { LoadFigures } from './load.js';
import type { VariantKind } from './workloads.js';

export type Mode = `c${number}` | 'open';

export interface ArmRun {
  round: number; mode: Mode; figures: LoadFigures & { rate?: number; late?: number };
  /** Server CPU (user + system) of the arm's process per completed request, µs. */
  cpuUsPerRequest: number;
  /** CPU of the Neo4j process per completed request, µs. */
  dbCpuUsPerRequest: number;
}

export interface ArmResult {
  arm: ArmName;
  /** ok: same data as the floor; diff: answered differently; error: failed; n/a: cannot express it. */
  status: 'ok' | 'diff' | 'error' | 'n/a';
  detail?: string;
  /** Database round trips per request (Server-Timing), median over the rotation. */
  roundTrips: number | null;
  /** Response body bytes, median over the rotation. */
  bytes: number | null;
  /** Answer size (graph elements, list rows). */
  size: number | null;
  runs: ArmRun[];
}

export interface VariantResult {
  id: string; workload: number; title: string; kind: VariantKind;
  openRate: number | null;
  arms: Partial<Record<ArmName, ArmResult>>;
}

export interface ScaleResult {
  scale: Scale;
  dataset: { nodes: number; relationships: number };
  load: DbLoadFigures;
  seconds: number;
  /** os.loadavg() when the scale started and ended: above the core count, other work shared the machine. */
  loadAverage: { start: number[]; end: number[] };
  variants: VariantResult[];
}

export interface Machine {
  nproc: number; memoryGiB: number; cpu: string; node: string; java: string; neo4j: string; os: string; chromium?: string;
}

export interface BrowserCase {
  elements: number; nodes: number; edges: number;
  renderer: 'canvas' | 'webgl'; viewportOptions: boolean; layout: string;
  firstFrameMs: number; layoutMs: number; longestTaskMs: number; panFps: number; zoomFps: number;
  webglActive?: boolean; note?: string;
  /** Product cases: when every element was drawn (chunked adding), how many were drawn, in how many chunks, payload size. */
  allDrawnMs?: number; drawn?: number; chunks?: number; payloadBytes?: number; timeline?: string;
}

export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt?: string;
  machine: Machine;
  options: Record<string, unknown>;
  scales: ScaleResult[];
  browser?: BrowserCase[];
}

export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export interface Spread { median: number; min: number; max: number; n: number }
export function spread(xs: number[]): Spread {
  const s = xs.filter((x) => Number.isFinite(x));
  return { median: median(s), min: s.length ? Math.min(...s) : NaN, max: s.length ? Math.max(...s) : NaN, n: s.length };
}

/** The median over rounds of one figure of one arm in one mode. */
export function armFigure(arm: ArmResult | undefined, mode: Mode, pick: (r: ArmRun) => number): number {
  if (!arm) return NaN;
  return median(arm.runs.filter((r) => r.mode === mode).map(pick));
}

/** Per-round ratio of a figure between two arms in one mode (same round, same run), summarised. */
export function ratio(v: VariantResult, num: ArmName, den: ArmName, mode: Mode, pick: (r: ArmRun) => number): Spread {
  const a = v.arms[num], b = v.arms[den];
  if (!a || !b || a.status !== 'ok' || b.status !== 'ok') return spread([]);
  const xs: number[] = [];
  for (const ra of a.runs.filter((r) => r.mode === mode)) {
    const rb = b.runs.find((r) => r.mode === mode && r.round === ra.round);
    if (rb) xs.push(pick(ra) / pick(rb));
  }
  return spread(xs);
}

export const rps = (r: ArmRun) => r.figures.rps;
export const p50 = (r: ArmRun) => r.figures.p50;
export const p99 = (r: ArmRun) => r.figures.p99;
