/** `npm start`: configure, start, print the URL, and shut down cleanly on Ctrl-C or SIGTERM. */
import { loadConfig, ConfigError } from './config.js';
import { startSamkart, type Samkart } from './boot.js';
import { configureLog, log } from './log.js';

let app: Samkart | undefined;
let stopping = false;

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: shutting down ...`);
  const force = setTimeout(() => { log.error('shutdown took too long; exiting'); process.exit(1); }, 30_000);
  force.unref();
  await app?.stop();
  log.info('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  const config = loadConfig();
  configureLog(config.logLevel, config.production);
  app = await startSamkart(config);
  if (stopping) await app.stop();
  else log.info(`Samkart is running at ${app.url} (GraphQL at ${app.url}graphql)`);
} catch (e) {
  if (e instanceof ConfigError) log.error(e.message);
  else log.error(`Samkart could not start: ${(e as Error).message}`);
  process.exitCode = 1;
}
