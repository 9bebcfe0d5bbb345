import type { TargetProgress } from './dashboard.types';

/**
 * How far the reported value has gone from the baseline towards the target, 0..1 (capped; a
 * target met or beaten is 1). Works both ways: "reduce to 20 from 40" and "open 10 from 0". Null
 * when the figures needed are missing or baseline = target.
 */
export function targetShare(t: Pick<TargetProgress, 'baseline' | 'target' | 'reported'>): number | null {
  if (t.reported === null || t.target === null) return null;
  const baseline = t.baseline ?? 0;
  const span = t.target - baseline;
  if (span === 0) return null;
  return Math.min(1, Math.max(0, (t.reported - baseline) / span));
}
