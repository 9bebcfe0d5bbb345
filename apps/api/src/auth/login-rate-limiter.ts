import { Injectable } from '@nestjs/common';

/** Failed attempts allowed per key and window: the next (6th) attempt within a minute is refused. */
export const LOGIN_FAILURES_PER_WINDOW = 5;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * In-memory sliding-window limiter for logins, keyed on client IP + username so one attacker
 * cannot lock a user out from everywhere. Only failures count: a user (or a test suite) signing
 * in correctly many times is never throttled. Per process: enough for one API instance.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  /** Null when an attempt may proceed, else the seconds to wait (the answer is then 429). */
  check(ip: string, username: string, now: number = Date.now()): number | null {
    const recent = this.recent(ip, username, now);
    if (recent.length < LOGIN_FAILURES_PER_WINDOW) return null;
    return Math.max(1, Math.ceil((recent[0]! + LOGIN_WINDOW_MS - now) / 1000));
  }

  /** Records a failed attempt. */
  recordFailure(ip: string, username: string, now: number = Date.now()): void {
    const recent = this.recent(ip, username, now);
    recent.push(now);
    this.failures.set(key(ip, username), recent);
    if (this.failures.size > 10_000) this.sweep(now);
  }

  private recent(ip: string, username: string, now: number): number[] {
    return (this.failures.get(key(ip, username)) ?? []).filter((t) => now - t < LOGIN_WINDOW_MS);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.failures) if (v.every((t) => now - t >= LOGIN_WINDOW_MS)) this.failures.delete(k);
  }
}

function key(ip: string, username: string): string {
  return `${ip}\u0000${username.trim().toLowerCase()}`;
}
