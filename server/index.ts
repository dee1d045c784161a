/**
 * `npm start`: configure, start, print the URL, and shut down cleanly on Ctrl-C or SIGTERM.
 *
 * Signals reach this process however it is stopped: `npm start` runs it through `exec tsx`, so npm
 * forwards SIGTERM/SIGINT to tsx, which relays them here; a signal to the whole process group
 * reaches us directly (a repeated signal is ignored while the stop runs); in a container it runs as
 * PID 1 with `node --import tsx server/index.ts` (docs/operations.md). The embedded Neo4j is in
 * its own process group and is stopped by us, after the requests in flight and the driver.
 */
import { loadConfig, ConfigError } from './config.js';
import { startSamkart, type Samkart } from './boot.js';
import { configureLog, log } from './log.js';

let app: Samkart | undefined;
let stopping = false;
let graceMs = 10_000;

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: shutting down ...`);
  // The last resort: if the stop hangs, exit anyway; the JVM then stops itself when its stdin closes.
  const force = setTimeout(() => { log.error('shutdown took too long; exiting'); process.exit(1); }, graceMs + 30_000);
  force.unref();
  await app?.stop();
  log.info('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const config = loadConfig();
  graceMs = config.shutdownGraceMs;
  configureLog(config.logLevel, config.production);
  app = await startSamkart(config);
  if (stopping) await app.stop();
  else log.info(`Samkart is running at ${app.url} (GraphQL at ${app.url}graphql)`);
} catch (e) {
  if (e instanceof ConfigError) log.error(e.message);
  else log.error(`Samkart could not start: ${(e as Error).message}`);
  process.exitCode = 1;
}
