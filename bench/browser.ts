/**
 * The map page in headless Chromium (/usr/bin/chromium through playwright-core) at about 1k, 5k and
 * 20k elements: time to first frame, layout time (fcose in a Web Worker, as the web app does), the
 * longest main-thread task (PerformanceObserver 'longtask'), and frames per second during a
 * scripted pan and zoom, for Cytoscape's canvas renderer and its WebGL renderer
 * (`renderer: { name: 'canvas', webgl: true }`), each with and without the viewport options
 * (textureOnViewport, hideEdgesOnViewport, hideLabelsOnViewport). The page (its HTML in mapPage below,
 * map.js, map-measure.ts) is self-contained and loads Cytoscape from node_modules through a tiny static server.
 *
 * The "product" cases measure the web app's own approach instead: its code (bench/map-product.ts,
 * bundled here with esbuild from web/src/graph/) on its own payload — the GraphQL answer with the
 * compact encoding (server/analysis/compact.ts) of the server's metrics and layout for the same
 * graph, aggregated into communities above the default threshold ("product") or not
 * ("product, no aggregation") — decoded, mapped to elements and added in chunks across frames.
 *
 * Usage: `tsx bench/browser.ts [--elements 1000,5000,20000] [--product-only | --aggregated-only] [--repeat N] [--trace]`
 * (also run by `npm run bench`). `--trace` breaks each case's longest tasks down (bench/trace.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { withMetrics } from '../server/analysis/collaboration.js';
import { encodeCompact } from '../server/analysis/compact.js';
import { mapElements, mapGraphRows } from './elements.js';
import { generate } from './generate.js';
import type { BrowserCase } from './results.js';
import { longestTasks, startTrace } from './trace.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
const FILES: Record<string, [string, string]> = {
  '/map.js': ['bench/map.js', 'text/javascript; charset=utf-8'],
  '/layout-worker.js': ['bench/layout-worker.js', 'text/javascript; charset=utf-8'],
  '/vendor/cytoscape.min.js': ['node_modules/cytoscape/dist/cytoscape.min.js', 'text/javascript; charset=utf-8'],
  '/vendor/layout-base.js': ['node_modules/layout-base/layout-base.js', 'text/javascript; charset=utf-8'],
  '/vendor/cose-base.js': ['node_modules/cose-base/cose-base.js', 'text/javascript; charset=utf-8'],
  '/vendor/cytoscape-fcose.js': ['node_modules/cytoscape-fcose/cytoscape-fcose.js', 'text/javascript; charset=utf-8'],
};

export function chromiumVersion(): string {
  try { return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; }
}

/**
 * The two map pages, one template: long tasks observed from the very start of the page (buffered,
 * so the largest one is never missed; each one's start and length kept for the timeline), then the
 * page's scripts. The hand-written page loads Cytoscape from node_modules and map.js (a module that
 * imports /map-measure.js); the product page is one bundle.
 */
function mapPage(title: string, scripts: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>html, body { margin: 0; height: 100%; } #cy { position: absolute; inset: 0; }</style>
<script>
  window.__bench = { longest: 0, tasks: 0, list: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) { window.__bench.tasks++; window.__bench.longest = Math.max(window.__bench.longest, e.duration); window.__bench.list.push([Math.round(e.startTime), Math.round(e.duration)]); }
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__bench.noLongTask = String(e); }
</script>
</head>
<body>
<div id="cy"></div>
${scripts}
</body>
</html>
`;
}
const PAGES: Record<string, string> = {
  '/map.html': mapPage('Samkart map benchmark', '<script src="/vendor/cytoscape.min.js"></script>\n<script type="module" src="/map.js"></script>'),
  '/map-product.html': mapPage("Samkart map benchmark: the product's own code", '<script src="/map-product.js"></script>'),
};

/** bench/map-measure.ts for the hand-written page: compiled on its own, an ES module. */
async function measureModule(): Promise<string> {
  const r = await build({ entryPoints: [path.join(ROOT, 'bench/map-measure.ts')], bundle: false, format: 'esm', write: false, target: 'es2022', logLevel: 'error' });
  return r.outputFiles[0].text;
}

/** The product page's script: bench/map-product.ts with the web app's modules and Cytoscape, bundled. */
async function productBundle(readableNames = false): Promise<string> {
  const r = await build({
    entryPoints: [path.join(ROOT, 'bench/map-product.ts')], bundle: true, format: 'iife', minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: !readableNames, write: false,
    target: 'es2022', define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  return r.outputFiles[0].text;
}

/**
 * Serves the pages, Cytoscape from node_modules, /elements/<n>.json and the product's
 * /compact/<n>.json?aggregate=0|1 and /map-product.js from memory. Loopback only.
 */
async function staticServer(elements: Map<number, string>, compact: Map<string, string> = new Map(), bundle = '') {
  const measure = await measureModule();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (PAGES[url.pathname]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGES[url.pathname]);
      return;
    }
    if (url.pathname === '/map-measure.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(measure);
      return;
    }
    const c = /^\/compact\/(\d+)\.json$/.exec(url.pathname);
    if (c && compact.has(`${c[1]}|${url.searchParams.get('aggregate') ?? '1'}`)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(compact.get(`${c[1]}|${url.searchParams.get('aggregate') ?? '1'}`));
      return;
    }
    if (url.pathname === '/map-product.js' && bundle) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(bundle);
      return;
    }
    const m = /^\/elements\/(\d+)\.json$/.exec(url.pathname);
    if (m && elements.has(Number(m[1]))) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(elements.get(Number(m[1])));
      return;
    }
    const file = FILES[url.pathname];
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': file[1], 'cache-control': 'no-store' });
    res.end(readFileSync(path.join(ROOT, file[0])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface Variant { renderer: 'canvas' | 'webgl'; viewportOptions: boolean; layout: 'preset' | 'fcose' | 'product' | 'product, no aggregation' }
/** The web app's own approach: compact payload, server positions, chunked adding, aggregation above the threshold. */
export const PRODUCT_VARIANTS: Variant[] = [
  { renderer: 'canvas', viewportOptions: true, layout: 'product' },
  { renderer: 'canvas', viewportOptions: true, layout: 'product, no aggregation' },
];
const VARIANTS: Variant[] = [
  { renderer: 'canvas', viewportOptions: false, layout: 'preset' },
  { renderer: 'canvas', viewportOptions: true, layout: 'preset' },
  { renderer: 'webgl', viewportOptions: false, layout: 'preset' },
  { renderer: 'webgl', viewportOptions: true, layout: 'preset' },
  { renderer: 'canvas', viewportOptions: true, layout: 'fcose' },
  ...PRODUCT_VARIANTS,
];

/** One page load: the page measures itself and reports through window.__bench. */
async function browserCase(origin: string, n: number, v: Variant, size: { nodes: number; edges: number; payloadBytes?: number[] }, timeoutMs: number, trace = false): Promise<BrowserCase & { trace?: string[] }> {
  const base = { elements: size.nodes + size.edges, nodes: size.nodes, edges: size.edges, ...v };
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const product = v.layout.startsWith('product');
    const tracing = trace ? await startTrace(page) : null;
    await page.goto(product
      ? `${origin}/map-product.html?n=${n}&aggregate=${v.layout === 'product, no aggregation' ? 0 : 1}`
      : `${origin}/map.html?n=${n}&renderer=${v.renderer}&viewport=${v.viewportOptions ? 1 : 0}&layout=${v.layout}`);
    await page.waitForFunction(() => (window as unknown as { __bench: { done?: boolean } }).__bench.done === true, undefined, { timeout: timeoutMs, polling: 250 });
    const r = await page.evaluate(() => (window as unknown as { __bench: Record<string, any> }).__bench);
    return {
      ...(tracing ? { trace: await longestTasks(tracing) } : {}),
      ...base, firstFrameMs: r.firstFrameMs ?? NaN, layoutMs: r.layoutMs ?? NaN, longestTaskMs: r.longest ?? NaN,
      panFps: r.pan?.fps ?? NaN, zoomFps: r.zoom?.fps ?? NaN, webglActive: r.webglActive,
      ...(product ? { allDrawnMs: r.allDrawnMs, drawn: r.drawn, chunks: r.chunks ?? 1, payloadBytes: size.payloadBytes?.[v.layout === 'product, no aggregation' ? 0 : 1] } : {}),
      ...(r.error ? { note: String(r.error).split('\n')[0].slice(0, 120) } : product ? { note: `${r.aggregated ? 'aggregated: ' : ''}${r.drawn} drawn, all drawn at ${Math.round(r.allDrawnMs)} ms, ${r.chunks ?? 1} chunk(s)` } : {}),
      ...(product ? { timeline: `fetched ${Math.round(r.fetchedMs)} ms, decoded ${Math.round(r.decodedMs)} ms, cytoscape created in ${Math.round(r.initMs)} ms, longest chunk ${Math.round(r.longestChunkMs ?? 0)} ms; long tasks [start, ms]: ${JSON.stringify((r.list ?? []).sort((a: number[], b: number[]) => b[1] - a[1]).slice(0, 6))}` } : {}),
    };
  } catch (e) {
    return { ...base, firstFrameMs: NaN, layoutMs: NaN, longestTaskMs: NaN, panFps: NaN, zoomFps: NaN, note: String((e as Error).message).split('\n')[0].slice(0, 120) };
  } finally {
    await browser.close().catch(() => {});
  }
}

export async function runBrowserBench(o: { elements: number[]; seed: number; log: (line: string) => void; variants?: Variant[]; timeoutMs?: number; trace?: boolean }): Promise<BrowserCase[]> {
  o.log('\n== map page in headless Chromium ...');
  const { dataset } = generate('L', o.seed);
  const sets = new Map<number, string>();
  const compact = new Map<string, string>();
  const sizes = new Map<number, { nodes: number; edges: number; payloadBytes?: number[] }>();
  const variants = o.variants ?? VARIANTS;
  const product = variants.some((v) => v.layout.startsWith('product'));
  for (const n of o.elements) {
    const els = mapElements(dataset, n);
    sets.set(n, JSON.stringify(els));
    sizes.set(n, { nodes: els.nodes.length, edges: els.edges.length });
    if (product) {
      // The server's own work for this graph: metrics, communities and layout (`layout: true`), then the compact encoding.
      const rows = mapGraphRows(dataset, n);
      const started = performance.now();
      const graph = withMetrics(rows.actors, rows.edges, true, true);
      const bytes: number[] = [];
      for (const aggregate of [0, 1]) {
        const body = JSON.stringify({ data: { collaborationGraph: { compact: encodeCompact(graph, aggregate ? {} : { aggregateAbove: 0 }) } } });
        compact.set(`${n}|${aggregate}`, body);
        bytes[aggregate] = body.length;
      }
      sizes.get(n)!.payloadBytes = bytes;
      o.log(`   ${n}: server metrics + layout ${Math.round(performance.now() - started)} ms; compact payload ${(bytes[0] / 1024).toFixed(0)} KiB (aggregated ${(bytes[1] / 1024).toFixed(0)} KiB), ${graph.communityCount} communities`);
    }
  }
  const server = await staticServer(sets, compact, product ? await productBundle(o.trace) : '');
  const cases: BrowserCase[] = [];
  try {
    for (const n of o.elements) {
      for (const v of variants) {
        const size = sizes.get(n)!;
        // A fresh browser per case: no warm caches carried over, and a crash ends one case only (and is
        // tried once more: a concurrent `.ci/run` cleanup kills every headless Chromium on the machine).
        let result: (BrowserCase & { trace?: string[] }) | undefined;
        for (let attempt = 1; attempt <= 2 && !result; attempt++) {
          const c = await browserCase(server.origin, n, v, size, o.timeoutMs ?? 180_000, o.trace);
          if (c.note?.includes('closed') && attempt === 1) { o.log(`   ${n} ${v.renderer} ${v.layout}: the browser went away; once more`); continue; }
          result = c;
        }
        const { trace, ...c } = result!;
        cases.push(c);
        o.log(`   ${c.elements} elements ${v.renderer}${v.viewportOptions ? '+viewport' : ''} ${v.layout}: first frame ${c.firstFrameMs.toFixed(0)} ms, layout ${c.layoutMs.toFixed(0)} ms, longest task ${c.longestTaskMs.toFixed(0)} ms, pan ${c.panFps.toFixed(1)} fps, zoom ${c.zoomFps.toFixed(1)} fps${c.note ? ` — ${c.note}` : ''}${c.timeline ? `\n      ${c.timeline}` : ''}`);
        for (const t of trace ?? []) o.log(`      traced ${t}`);
      }
    }
  } finally {
    await server.close();
  }
  return cases;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--elements');
  const elements = i > 0 ? process.argv[i + 1].split(',').map(Number) : [1000, 5000, 20000];
  const { browserTable } = await import('./report.js');
  const variants = process.argv.includes('--product-only') ? PRODUCT_VARIANTS
    : process.argv.includes('--aggregated-only') ? PRODUCT_VARIANTS.slice(0, 1) : undefined;
  // --trace: Chromium's trace of each case, its longest tasks broken down (bench/trace.ts); the figures of a traced run are slower.
  // --repeat N: the variants N times over, interleaved (side-by-side figures on a noisy machine).
  const r = process.argv.indexOf('--repeat');
  const repeat = r > 0 ? Number(process.argv[r + 1]) : 1;
  const repeated = variants && Array.from({ length: repeat }, () => variants).flat();
  const cases = await runBrowserBench({ elements, seed: 1, log: (l) => console.log(l), variants: repeated, trace: process.argv.includes('--trace') });
  console.log('\n' + browserTable(cases));
}
