/**
 * Per-client rate limiting: a token bucket per client key (token subject, else IP) refilled at
 * `perMinute` per minute. In-process, so each server process limits on its own; behind a load
 * balancer with N processes a client gets at most N times the limit (README says so).
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number, private readonly now = () => Date.now()) {}

  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    if (this.perMinute <= 0) return 0;
    const t = this.now();
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * rate);
    b.at = t;
    if (this.buckets.size > 50_000) this.sweep(t);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      this.buckets.set(key, b);
      return 0;
    }
    this.buckets.set(key, b);
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }

  /** The seconds to wait before `key` has a token again, without taking one (0 = it has one). */
  peek(key: string): number {
    if (this.perMinute <= 0) return 0;
    const b = this.buckets.get(key);
    if (!b) return 0;
    const rate = this.perMinute / 60_000;
    const tokens = Math.min(this.perMinute, b.tokens + (this.now() - b.at) * rate);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / rate / 1000);
  }

  private sweep(t: number) {
    for (const [k, b] of this.buckets) if (t - b.at > 120_000) this.buckets.delete(k);
  }
}
