/**
 * Starts the project's embedded Neo4j launcher (db/: the same class, classpath and options as
 * server/db/embedded.ts's startEmbeddedNeo4j) for a benchmark run, with one difference: the JVM
 * gets its arguments from a Java @argfile, so its command line is `java @<file>`. `.ci/run` cleans
 * up with `pkill -f 'no.samkart.db.EmbeddedNeo4j'`, which matches every embedded Neo4j on the
 * machine; on a shared machine a concurrent CI run killed benchmark databases mid-run. The
 * launcher still exits by itself when our stdin pipe closes, so nothing outlives the benchmark.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EmbeddedNeo4j, EmbeddedOptions } from '../server/db/embedded.js';
import { buildDb } from '../scripts/build-db.mjs';

const DB_DIR = path.resolve(import.meta.dirname, '../db');

/** A quoted @argfile line (Java's argfile syntax: double quotes, backslash escapes). */
const quote = (arg: string) => `"${arg.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export async function startBenchNeo4j(opts: EmbeddedOptions & { argfileDir: string }): Promise<EmbeddedNeo4j> {
  buildDb({ quiet: true });
  const classpath = readFileSync(path.join(DB_DIR, 'target/classpath.txt'), 'utf8').trim();
  const args = [
    `-Xmx${opts.heap ?? '1g'}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
    '-cp', `${path.join(DB_DIR, 'target/classes')}${path.delimiter}${classpath}`,
    'no.samkart.db.EmbeddedNeo4j',
    '--data', path.resolve(opts.dataDir), '--port', String(opts.port), '--host', '127.0.0.1',
    '--pagecache', opts.pageCache ?? '256m', '--exit-on-stdin-eof',
  ];
  const argfile = path.join(opts.argfileDir, 'neo4j.args');
  writeFileSync(argfile, args.map(quote).join('\n') + '\n');
  const child = spawn('java', [`@${argfile}`], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });

  const stderr: string[] = [];
  child.stderr!.on('data', (d: Buffer) => { stderr.push(String(d)); if (stderr.length > 50) stderr.shift(); });
  const lines = createInterface({ input: child.stdout! });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const ready = await new Promise<{ uri: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`the benchmark Neo4j did not report ready within ${timeoutMs / 1000} s`)); }, timeoutMs);
    lines.on('line', (line) => {
      let msg: { event?: string; uri?: string; port?: number; code?: string; message?: string };
      try { msg = JSON.parse(line); } catch { return; }
      if (msg.event === 'ready') { clearTimeout(timer); resolve({ uri: msg.uri!, port: msg.port! }); }
      if (msg.event === 'error') { clearTimeout(timer); reject(new Error(`${msg.code}: ${msg.message}`)); }
    });
    child.once('error', (e) => { clearTimeout(timer); reject(new Error(`could not run java: ${e.message}`)); });
    void exited.then((code) => { clearTimeout(timer); reject(new Error(`the benchmark Neo4j exited with code ${code}: ${stderr.join('').trim().slice(-500)}`)); });
  });
  let stopping: Promise<void> | undefined;
  return {
    ...ready,
    pid: child.pid!,
    exited: exited.then((code) => ({ code, signal: child.signalCode })),
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(killer);
      })();
      return stopping;
    },
  };
}
