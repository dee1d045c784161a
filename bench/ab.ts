/**
 * Two checkouts of Samkart side by side in one run, with the floor: the same database, the arms
 * interleaved per round (order rotated), closed loop at 16 connections; per arm req/s and the CPU
 * time of its process per request, and its resident memory after each round (a leak shows as RSS
 * growing round by round). For before/after comparisons of a change to the read path.
 * Not part of `npm run bench`.
 *
 *   npx tsx bench/ab.ts <scale> <other checkout> [workloads, e.g. 1-actor,2-plan] [rounds] [seconds]
 *
 * The other checkout needs its own node_modules (a symlink to this one's is enough when the
 * dependencies are the same); "before" is that checkout, "after" this one.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { startArm, type Arm } from './arms/index.js';
import { generateAndLoad, startBenchDb } from './database.js';
import type { Scale } from './generate.js';
import { closedLoop } from './load.js';
import { variants } from './workloads.js';

const [scale, other, ids = '1-actor,2-plan', roundsArg = '3', secondsArg = '4'] = process.argv.slice(2) as [Scale, string, string?, string?, string?];
if (!scale || !other) {
  console.error('usage: npx tsx bench/ab.ts <scale> <other checkout> [workloads] [rounds] [seconds]');
  process.exit(2);
}

/** A Samkart arm from another checkout (its own bench/arms/child.ts). */
async function startOther(dir: string, uri: string): Promise<Arm> {
  const child = fork(path.resolve(dir, 'bench/arms/child.ts'), ['samkart', uri], {
    execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, NODE_ENV: 'production' }, cwd: dir,
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m: { type: string; port?: number; message?: string }) => {
      if (m.type === 'ready') resolve(m.port!);
      if (m.type === 'error') reject(new Error(m.message));
    });
  });
  let id = 0;
  return {
    name: 'samkart', pid: child.pid!, url: `http://127.0.0.1:${port}/graphql`,
    cpu: () => new Promise((resolve) => {
      const n = ++id;
      const on = (m: { type: string; id?: number; user: number; system: number; rss: number }) => { if (m.type === 'cpu' && m.id === n) { child.off('message', on); resolve(m); } };
      child.on('message', on);
      child.send({ type: 'cpu', id: n });
    }),
    stop: async () => { child.send({ type: 'stop' }); await new Promise((r) => child.once('exit', r)); },
  };
}

const loadavg = async () => (await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ');
const b = await startBenchDb(scale);
try {
  const { generated } = await generateAndLoad(b, scale);
  const arms: Record<string, Arm> = {
    floor: await startArm('floor', b.uri),
    before: await startOther(path.resolve(other), b.uri),
    after: await startArm('samkart', b.uri),
  };
  console.log(`scale ${scale}, load average ${await loadavg()} at the start`);
  const rounds = Number(roundsArg), seconds = Number(secondsArg);
  for (const id of ids.split(',')) {
    const v = variants(generated.index).find((x) => x.id === id);
    if (!v) throw new Error(`no workload ${id}`);
    const names = Object.keys(arms);
    const figures: Record<string, { rps: number[]; cpu: number[]; rss: number[] }> = Object.fromEntries(names.map((n) => [n, { rps: [], cpu: [], rss: [] }]));
    let k = 0;
    const origin = (a: Arm) => new URL(a.url).origin;
    for (const n of names) await closedLoop(origin(arms[n]), () => v.call(n === 'floor' ? 'floor' : 'samkart', k++)!, 16, 2); // warm-up
    for (let r = 0; r < rounds; r++) {
      const order = names.map((_, i) => names[(i + r) % names.length]);
      for (const n of order) {
        const arm = arms[n];
        const c0 = await arm.cpu();
        const f = await closedLoop(origin(arm), () => v.call(n === 'floor' ? 'floor' : 'samkart', k++)!, 16, seconds);
        const c1 = await arm.cpu();
        const requests = f.rps * seconds;
        if (f.errors) console.log(`  ${n}: ${f.errors} errors`);
        figures[n].rps.push(f.rps);
        figures[n].cpu.push(requests ? (c1.user + c1.system - c0.user - c0.system) / requests : NaN);
        figures[n].rss.push(c1.rss / 2 ** 20);
      }
      console.log(`  ${id} round ${r + 1}: ${names.map((n) => `${n} ${figures[n].rps[r].toFixed(1)}/s ${figures[n].cpu[r].toFixed(0)} µs/req ${figures[n].rss[r].toFixed(0)} MB`).join(' | ')} (load ${await loadavg()})`);
    }
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const ratio = (a: string, c: string, key: 'rps' | 'cpu') => med(figures[a][key].map((x, i) => x / figures[c][key][i])).toFixed(2);
    console.log(`${id}: req/s before/floor ${ratio('before', 'floor', 'rps')}, after/floor ${ratio('after', 'floor', 'rps')}, after/before ${ratio('after', 'before', 'rps')}; ` +
      `CPU/req before/floor ${ratio('before', 'floor', 'cpu')}, after/floor ${ratio('after', 'floor', 'cpu')}, after/before ${ratio('after', 'before', 'cpu')} (medians of per-round ratios)`);
  }
  console.log(`load average ${await loadavg()} at the end`);
  for (const a of Object.values(arms)) await a.stop();
} finally {
  await b.stop();
}
