/**
 * A CPU profile of one arm under load on one workload, summarised by package and by function (self
 * time), to find where an arm's time goes. Not part of `npm run bench`.
 *
 *   npx tsx bench/profile.ts <scale> <arm> <workload id> [seconds]
 *   npx tsx bench/profile.ts S samkart 2-plan 10
 *
 * The arm runs as in the benchmark (its own process, NODE_ENV=production) with --cpu-prof; the
 * profile file stays in the temporary folder printed at the end.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArmName } from './arms/index.js';
import { startBenchDb, generateAndLoad } from './database.js';
import type { Scale } from './generate.js';
import { closedLoop } from './load.js';
import { variants } from './workloads.js';

const [scale, arm, id] = process.argv.slice(2) as [Scale, ArmName, string];
const seconds = Number(process.argv[5] ?? 10);
if (!scale || !arm || !id) {
  console.error('usage: npx tsx bench/profile.ts <scale> <arm> <workload id> [seconds]');
  process.exit(2);
}
const b = await startBenchDb(scale);
const { generated } = await generateAndLoad(b, scale);
const dir = mkdtempSync(path.join(os.tmpdir(), `samkart-profile-${arm}-${id}-`));
const child = fork(path.resolve('bench/arms/child.ts'), [arm, b.uri], { execArgv: ['--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${dir}`], env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const port = await new Promise<number>((r) => child.on('message', (m: { type: string; port: number }) => m.type === 'ready' && r(m.port)));
const v = variants(generated.index).find((x) => x.id === id);
if (!v) throw new Error(`no workload ${id}: use one of ${variants(generated.index).map((x) => x.id).join(', ')}`);
let k = 0;
const origin = `http://127.0.0.1:${port}`;
{
  // One request first: a profile of refused requests would profile the refusal.
  const call = v.call(arm, k++)!;
  const res = await fetch(origin + call.path, { method: 'POST', body: call.body, headers: { 'content-type': 'application/json', ...call.headers } });
  const text = await res.text();
  if (!res.ok || /"errors"/.test(text)) throw new Error(`the first request failed: ${res.status} ${text.slice(0, 300)}`);
}
await closedLoop(origin, () => v.call(arm, k++)!, 16, 3);
const f = await closedLoop(origin, () => v.call(arm, k++)!, 16, seconds);
console.log('rps', f.rps.toFixed(1), 'p50', f.p50.toFixed(2), 'errors', f.errors);
child.send({ type: 'stop' });
await new Promise((r) => child.once('exit', r));
await b.stop();
const file = readdirSync(dir).find((x) => x.endsWith('.cpuprofile'))!;
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
const prof = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byPkg = new Map<string, number>(), byFn = new Map<string, number>();
for (const [nid, t] of self) {
  const n = byId.get(nid)!; const url: string = n.callFrame.url ?? '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const pkg = m ? m[1] : url.includes('/server/') ? 'server/' + url.split('/server/').at(-1) : url.startsWith('node:') ? 'node:' + url.slice(5).split('/')[0] : n.callFrame.functionName ? `(${url ? 'other' : 'native'})` : '(idle/gc/program)';
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  const fn = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const pct = (t: number) => (100 * t / total).toFixed(1) + '%';
console.log('--- by package/file (self time)');
for (const [p, t] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(pct(t).padStart(6), p);
console.log('--- top functions');
for (const [p, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(pct(t).padStart(6), p);
console.log(`profile: ${dir}`);
