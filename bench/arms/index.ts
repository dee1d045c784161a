/** Starts an arm's server in a child process and measures its CPU time from outside. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export type ArmName = 'floor' | 'peer' | 'samkart';
export const ARMS: ArmName[] = ['floor', 'peer', 'samkart'];

export interface CpuSample { user: number; system: number; rss: number }

export interface Arm {
  name: ArmName;
  url: string;
  pid: number;
  /** process.cpuUsage() of the arm's process, in microseconds. */
  cpu(): Promise<CpuSample>;
  stop(): Promise<void>;
}

const CHILD = path.resolve(import.meta.dirname, 'child.ts');

export async function startArm(name: ArmName, boltUri: string, timeoutMs = 120_000): Promise<Arm> {
  const child: ChildProcess = fork(CHILD, [name, boltUri], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`arm ${name} did not start within ${timeoutMs / 1000} s`)); }, timeoutMs);
    child.on('message', (m: { type: string; port?: number; message?: string }) => {
      if (m.type === 'ready') { clearTimeout(timer); resolve(m.port!); }
      if (m.type === 'error') { clearTimeout(timer); reject(new Error(`arm ${name} failed to start: ${m.message}`)); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`arm ${name} exited with code ${code} before it was ready`)); });
  });
  let nextId = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name, pid: child.pid!,
    url: name === 'floor' ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/graphql`,
    cpu() {
      const id = ++nextId;
      return new Promise<CpuSample>((resolve, reject) => {
        const onMessage = (m: { type: string; id?: number } & CpuSample) => {
          if (m.type === 'cpu' && m.id === id) { child.off('message', onMessage); resolve({ user: m.user, system: m.system, rss: m.rss }); }
        };
        child.on('message', onMessage);
        if (!child.send({ type: 'cpu', id })) reject(new Error(`arm ${name} is gone`));
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
