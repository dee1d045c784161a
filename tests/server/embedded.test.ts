import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, chmod, mkdir } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { EmbeddedStartError, startEmbeddedNeo4j } from '../../server/db/embedded.js';

const tmp = () => mkdtemp(path.join(os.tmpdir(), 'samkart-emb-'));

/** Running and not a zombie (an orphan's exit may wait for a reaper that containers lack). */
function alive(pid: number): boolean {
  try { process.kill(pid, 0); } catch { return false; }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch { return false; }
}

async function waitUntil(cond: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (cond()) return true; await new Promise((r) => setTimeout(r, 100)); }
  return cond();
}

async function startError(p: Promise<unknown>): Promise<EmbeddedStartError> {
  try { await p; } catch (e) { return e as EmbeddedStartError; }
  throw new Error('expected the start to fail');
}

describe('the embedded Neo4j launcher', () => {
  it('fails fast with PORT_IN_USE when the port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const t0 = Date.now();
      const e = await startError(startEmbeddedNeo4j({ dataDir: await tmp(), port }));
      expect(e.code).toBe('PORT_IN_USE');
      expect(e.message).toMatch(new RegExp(`port ${port} .* already in use`));
      expect(Date.now() - t0).toBeLessThan(15_000);
    } finally { blocker.close(); }
  });

  it('fails with DATA_NOT_WRITABLE for a folder it cannot write', async () => {
    const parent = await tmp();
    const file = path.join(parent, 'not-a-folder');
    await (await import('node:fs/promises')).writeFile(file, 'x');
    const e = await startError(startEmbeddedNeo4j({ dataDir: path.join(file, 'db'), port: 0 }));
    expect(e.code).toBe('DATA_NOT_WRITABLE');
    expect(e.message).toMatch(/cannot be written/);
    if (process.getuid?.() !== 0) { // root can write anywhere; the chmod case only means something for others
      const ro = path.join(parent, 'ro');
      await mkdir(ro); await chmod(ro, 0o500);
      expect((await startError(startEmbeddedNeo4j({ dataDir: ro, port: 0 }))).code).toBe('DATA_NOT_WRITABLE');
    }
  });

  it('fails with STORE_LOCKED when another process holds the same store', async () => {
    const n = inject('neo4j');
    if (!n.dataDir) return; // only when the suite runs on the embedded database
    const e = await startError(startEmbeddedNeo4j({ dataDir: n.dataDir, port: 0 }));
    expect(e.code).toBe('STORE_LOCKED');
    expect(e.message).toMatch(/locked by another process/);
  }, 120_000);

  it('stops cleanly on SIGTERM, and the next start needs no recovery', async () => {
    const dataDir = await tmp();
    const first = await startEmbeddedNeo4j({ dataDir, port: 0 });
    await first.stop();
    expect(alive(first.pid)).toBe(false);
    const second = await startEmbeddedNeo4j({ dataDir, port: 0 });
    await second.stop();
    const log = await readFile(path.join(dataDir, 'logs', 'debug.log'), 'utf8');
    expect(log).not.toMatch(/Recovery (started|completed)|Starting recovery/i);
  }, 120_000);

  it('does not outlive a parent that is killed', async () => {
    const dataDir = await tmp();
    const script = `import { startEmbeddedNeo4j } from ${JSON.stringify(path.resolve('server/db/embedded.ts'))};
      const db = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(dataDir)}, port: 0 });
      console.log(JSON.stringify({ pid: db.pid })); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      parent.stdout!.on('data', (d) => { const s = String(d); if (s.includes('pid')) resolve(s); });
      parent.once('exit', (c) => reject(new Error(`parent exited early with ${c}`)));
    });
    const { pid } = JSON.parse(line.trim().split('\n').at(-1)!);
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    expect(await waitUntil(() => !alive(pid), 20_000)).toBe(true);
  }, 120_000);
});
