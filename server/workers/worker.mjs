/**
 * A worker thread of the analysis pool (server/workers/pool.ts). Plain JS so it starts the same way
 * under tsx, plain node and vitest; the TypeScript tasks are loaded through tsx's scoped loader.
 */
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./tasks.ts', import.meta.url);
parentPort.on('message', async ({ id, name, input }) => {
  try {
    const task = tasks[name];
    if (typeof task !== 'function') throw new Error(`no analysis task named ${name}`);
    parentPort.postMessage({ id, ok: true, output: await task(input) });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, error: { name: e?.name, message: String(e?.message ?? e), kind: e?.kind, details: e?.details } });
  }
});
parentPort.postMessage({ ready: true });
