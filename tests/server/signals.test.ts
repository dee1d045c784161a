/**
 * Clean stops however the server is stopped: SIGTERM to the `npm start` process, SIGTERM to the
 * node server started the container way (node as the process that gets the signal), and SIGINT to
 * the whole process group (a terminal's Ctrl-C). Each time a request is in flight (its body still
 * being sent) and must be answered, every process must exit, the JVM (found by pid) must be gone,
 * and the next start on the same data folder must work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, commandOf, descendantsOf, waitFor } from './process-helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeAll(async () => { dataDir = await mkdtemp(path.join(os.tmpdir(), 'samkart-test-signals-')); });
afterAll(async () => { await rm(dataDir, { recursive: true, force: true }); });

interface Running { proc: ChildProcess; url: string; jvm: number; node: number; all: number[]; output: () => string; exited: Promise<number | null> }

async function start(command: string[]): Promise<Running> {
  const proc = spawn(command[0], command.slice(1), {
    cwd: ROOT,
    detached: true, // its own process group, so the test can signal the group
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, NEO4J_URI: '', NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', NEO4J_EMBEDDED_PORT: '0',
      NEO4J_EMBEDDED_HEAP: '512m', NEO4J_EMBEDDED_PAGECACHE: '64m', SAMKART_DATA_DIR: dataDir,
      SAMKART_LOAD_DATA: 'never', LOG_LEVEL: 'info', SAMKART_SHUTDOWN_GRACE_MS: '15000',
    },
  });
  let out = '';
  proc.stdout!.on('data', (d) => { out += d; });
  proc.stderr!.on('data', (d) => { out += d; });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const up = await waitFor(() => /Samkart is running at (\S+) /.test(out) || proc.exitCode !== null, 170_000, 200);
  if (!up || proc.exitCode !== null) throw new Error(`the server did not start:\n${out.slice(-2000)}`);
  const url = /Samkart is running at (\S+) /.exec(out)![1];
  const all = [proc.pid!, ...descendantsOf(proc.pid!)];
  const jvm = all.find((p) => commandOf(p).includes('no.samkart.db.EmbeddedNeo4j'));
  // The node process that runs the server: the innermost one with server/index.ts on its command line (tsx starts node).
  const node = all.filter((p) => /server\/index\.ts/.test(commandOf(p))).at(-1);
  if (!jvm || !node) throw new Error(`no JVM or node among ${all.map((p) => `${p}: ${commandOf(p)}`).join('\n')}`);
  return { proc, url, jvm, node, all, output: () => out, exited };
}

/**
 * A request in flight: headers and the start of the body sent; the rest is sent when `finish` is
 * called. `received` settles when the server has read the headers and taken the request on (its
 * `100 Continue` to the `Expect` header): from then on it is a request, not an idle connection.
 */
function inFlight(url: string) {
  const body = JSON.stringify({ query: '{ node(id: "actor:test-signals-nobody") { id } }' });
  const req = http.request(new URL('graphql', url), {
    method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' },
  });
  const received = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => { let s = ''; res.on('data', (d) => { s += d; }); res.on('end', () => resolve({ status: res.statusCode!, body: s })); });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { received, answer, finish: () => req.end(body.slice(10)) };
}

async function stopAndCheck(run: Running, signal: () => void) {
  const request = inFlight(run.url);
  // The signal comes once the server holds the request (a fixed wait lost the race on a busy machine:
  // the connection was still idle, and closed, when the stop began).
  await request.received;
  signal();
  // The server keeps the request in flight: after the signal, it still finishes and answers.
  await waitFor(() => /shutting down/.test(run.output()), 20_000);
  request.finish();
  const answer = await request.answer;
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ data: { node: null } });
  const code = await Promise.race([run.exited, new Promise((r) => setTimeout(() => r('still running'), 90_000))]);
  expect(code).not.toBe('still running');
  expect(await waitFor(() => !alive(run.jvm), 30_000)).toBe(true);
  for (const pid of run.all) expect(await waitFor(() => !alive(pid), 10_000), `${pid} ${commandOf(pid)}`).toBe(true);
  expect(run.output()).toMatch(/Stopped\./);
}

describe('clean stops', () => {
  it('SIGTERM to the `npm start` process: the request in flight is answered, nothing is left running', async () => {
    const run = await start(['npm', 'start']);
    await stopAndCheck(run, () => process.kill(run.proc.pid!, 'SIGTERM'));
  }, 300_000);

  it('SIGTERM to the node server run the container way (node --import tsx server/index.ts)', async () => {
    const run = await start([process.execPath, '--import', 'tsx', 'server/index.ts']);
    expect(run.node).toBe(run.proc.pid);
    await stopAndCheck(run, () => process.kill(run.node, 'SIGTERM'));
  }, 300_000);

  it('SIGINT to the whole process group of `npm start` (Ctrl-C), and the next start works', async () => {
    const run = await start(['npm', 'start']);
    await stopAndCheck(run, () => process.kill(-run.proc.pid!, 'SIGINT'));
  }, 300_000);
});
