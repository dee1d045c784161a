/**
 * Load generators. Closed model: autocannon (programmatic API) at a fixed number of connections,
 * each sending its next request when the last answer arrives. Open model: requests fired on a fixed
 * schedule whatever the server does, latency measured from the time each request was due, so a
 * server that falls behind is charged for the queue it builds (no coordinated omission).
 *
 * Latencies are recorded from autocannon's per-response events in microseconds (its own histogram
 * has a resolution of 1 ms, too coarse for sub-millisecond reads).
 */
import http from 'node:http';
import autocannon from 'autocannon';
import type { Call } from './workloads.js';

export interface LoadFigures {
  requests: number; seconds: number; rps: number;
  p50: number; p90: number; p99: number; max: number;
  /** Transport errors, timeouts, non-2xx answers and 2xx answers carrying GraphQL errors. */
  errors: number;
  /** Response bytes (body and headers) per request, as autocannon counts them. */
  wireBytes: number;
}

export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[i];
}

function figures(latencies: number[], seconds: number, errors: number, bytes: number): LoadFigures {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length, seconds, rps: latencies.length / seconds,
    p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99),
    max: latencies.length ? latencies[latencies.length - 1] : NaN,
    errors, wireBytes: latencies.length ? bytes / latencies.length : 0,
  };
}

/** An answer that carries GraphQL errors (or the floor's error object) is not a success. */
const hasErrors = (body: string) => body.startsWith('{"errors"') || body.includes('"errors":[');

export async function closedLoop(origin: string, next: () => Call, connections: number, seconds: number, timeoutS = 120): Promise<LoadFigures> {
  const latencies: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({
      url: origin,
      connections,
      pipelining: 1,
      duration: seconds,
      timeout: timeoutS,
      requests: [{
        method: 'POST',
        setupRequest: (req) => {
          const call = next();
          return { ...req, path: call.path, body: call.body, headers: { ...req.headers, 'content-type': 'application/json', ...call.headers } };
        },
      }],
      verifyBody: (body: string) => !hasErrors(body),
    } as autocannon.Options, (err, result) => (err ? reject(err) : resolve(result)));
  });
  instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) { latencies.push(responseTime); bytes += resBytes; }
  });
  const result = await done;
  const elapsed = (performance.now() - t0) / 1000;
  const errors = result.errors + result.timeouts + result.non2xx + (result.mismatches ?? 0);
  return figures(latencies, Math.max(elapsed, seconds), errors, bytes);
}

/** Fires `rate` requests per second for `seconds`, each timed from when it was due. */
export async function openLoop(origin: string, next: () => Call, rate: number, seconds: number, timeoutS = 120): Promise<LoadFigures & { rate: number; late: number }> {
  const url = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const latencies: number[] = [];
  let errors = 0, bytes = 0, outstanding = 0, late = 0;
  const total = Math.max(1, Math.round(rate * seconds));
  const interval = 1000 / rate;
  const send = (call: Call, due: number) => new Promise<void>((resolve) => {
    outstanding++;
    const done = (ok: boolean, n = 0) => {
      outstanding--;
      if (ok) { latencies.push(performance.now() - due); bytes += n; } else errors++;
      resolve();
    };
    const req = http.request({
      host: url.hostname, port: url.port, path: call.path, method: 'POST', agent, timeout: timeoutS * 1000,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(call.body), ...call.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        done((res.statusCode ?? 500) < 300 && !hasErrors(body.toString('utf8', 0, Math.min(body.length, 200)) + (body.length > 200 ? body.toString('utf8', body.length - 200) : '')), body.length);
      });
      res.on('error', () => done(false));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done(false));
    req.end(call.body);
  });
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    else if (wait < -interval) late++;
    // A server that cannot keep up builds a queue; stop adding to it beyond a bound, counting the rest as errors.
    if (outstanding > 2048) { errors += total - i; break; }
    pending.push(send(next(), due));
  }
  await Promise.all(pending);
  agent.destroy();
  const seconds_ = (performance.now() - t0) / 1000;
  return { ...figures(latencies, seconds_, errors, bytes), rate, late };
}
