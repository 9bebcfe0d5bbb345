import { createHash } from 'node:crypto';
import { nextActionTime, rawNextTime, type CompiledSpec } from './schedule-spec';

/** One action time: `nominal` is the time the spec matches, `actual` when it is due (nominal plus jitter). */
export interface ActionTime {
  nominal: number;
  actual: number;
}

/**
 * The seed that makes a schedule's jitter its own. Temporal hashes `<namespace id>-<schedule id>`; namespace ids
 * here are generated at every start, so the name is used instead (the jitter must survive a restart).
 */
export const jitterSeed = (namespace: string, scheduleId: string): string => `${namespace}-${scheduleId}`;

/**
 * The delay in [0, maxMs) of one nominal time: 32 bits of a hash of (time, seed) scaled to the range in whole
 * milliseconds, as Temporal does (it uses farmhash; the values differ, the determinism and spread do not). Like
 * Temporal, ranges beyond 2^32 ms (≈ 49 days) are capped.
 */
export function jitterDelayMs(seed: string, nominalMs: number, maxMs: number): number {
  const range = Math.min(Math.max(0, Math.floor(maxMs)), 0xffff_ffff);
  if (range === 0) return 0;
  const fingerprint = createHash('sha256').update(`${nominalMs}\0${seed}`).digest().readUInt32BE(0);
  return Number((BigInt(fingerprint) * BigInt(range)) >> 32n);
}

/**
 * The first action whose nominal time is strictly after `afterMs`, with its jittered time. The jitter is capped at
 * the gap to the following raw spec time, so actions never swap order and iterating from `actual` finds the next.
 */
export function nextAction(spec: CompiledSpec, seed: string, afterMs: number): ActionTime | undefined {
  const nominal = nextActionTime(spec, afterMs);
  if (nominal === undefined) return undefined;
  let maxMs = spec.jitterMs;
  const following = rawNextTime(spec, nominal);
  if (following !== undefined) maxMs = Math.min(maxMs, following - nominal);
  return { nominal, actual: nominal + jitterDelayMs(seed, nominal, maxMs) };
}

/** Actions due (by jittered time) in (fromMs, toMs], in order, at most `limit` of them. */
export function actionsBetween(spec: CompiledSpec, seed: string, fromMs: number, toMs: number, limit = 1000): ActionTime[] {
  const out: ActionTime[] = [];
  let t = fromMs;
  while (out.length < limit) {
    const next = nextAction(spec, seed, t);
    if (next === undefined || next.actual > toMs) break;
    out.push(next);
    t = next.actual;
  }
  return out;
}
