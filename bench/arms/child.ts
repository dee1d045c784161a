/**
 * Runs one arm's HTTP server in its own process, so its CPU time can be measured alone
 * (process.cpuUsage over IPC). Usage (by bench/arms/index.ts): fork with `--import tsx`,
 * argv: <arm> <bolt uri>. Messages: {type:'cpu'} → {type:'cpu', user, system, rss};
 * {type:'stop'} → stops and exits.
 */
import { startFloor } from './floor.js';
import { startPeer } from './peer.js';
import { BENCH_TOKEN } from '../workloads.js';

const [arm, uri] = process.argv.slice(2);

async function startSamkartArm(boltUri: string) {
  const { loadConfig } = await import('../../server/config.js');
  const { startSamkart } = await import('../../server/boot.js');
  const { configureLog } = await import('../../server/log.js');
  configureLog('warn', false);
  const env = {
    NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn',
    NEO4J_URI: boltUri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NEO4J_DATABASE: 'neo4j', SAMKART_LOAD_DATA: 'never',
    // One load generator is one client: the per-client rate limit would measure the limiter.
    SAMKART_RATE_LIMIT: '0',
    SAMKART_API_TOKENS: `bench:editor:${BENCH_TOKEN}`,
    ...JSON.parse(process.env.SAMKART_BENCH_ENV ?? '{}') as Record<string, string>,
  };
  const app = await startSamkart(loadConfig(env));
  return { port: app.port, stop: () => app.stop() };
}

async function main() {
  const started = arm === 'floor' ? await startFloor(uri) : arm === 'peer' ? await startPeer(uri)
    : arm === 'samkart' ? await startSamkartArm(uri) : undefined;
  if (!started) throw new Error(`unknown arm "${arm}": use floor, peer or samkart`);
  process.on('message', async (m: { type: string; id?: number }) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ type: 'cpu', id: m.id, user: u.user, system: u.system, rss: process.memoryUsage().rss });
    } else if (m.type === 'stop') {
      await started.stop().catch(() => {});
      process.exit(0);
    }
  });
  // The parent's death closes the IPC channel: never outlive it.
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready', port: started.port });
}

main().catch((e) => {
  process.send?.({ type: 'error', message: String((e as Error)?.stack ?? e) });
  process.exit(1);
});
