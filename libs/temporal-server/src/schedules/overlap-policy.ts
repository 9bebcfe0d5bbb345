/** temporal.api.enums.v1.ScheduleOverlapPolicy (not in the generated enum subset). */
export const OverlapPolicy = {
  UNSPECIFIED: 0,
  SKIP: 1,
  BUFFER_ONE: 2,
  BUFFER_ALL: 3,
  CANCEL_OTHER: 4,
  TERMINATE_OTHER: 5,
  ALLOW_ALL: 6,
} as const;

/** What to do with a due action given the workflows still running and the buffer in front of it. */
export type OverlapDecision = 'buffer' | 'skip';

/**
 * Whether a due action joins the buffer or is skipped (Temporal's rules): SKIP only runs when nothing runs and
 * nothing waits; BUFFER_ONE keeps at most one waiting start; the others always wait their turn (CANCEL_OTHER and
 * TERMINATE_OTHER then stop the running workflow, ALLOW_ALL starts at once).
 */
export function decideOverlap(policy: number, running: number, buffered: number): OverlapDecision {
  switch (policy) {
    case OverlapPolicy.BUFFER_ONE:
      return running > 0 && buffered >= 1 ? 'skip' : 'buffer';
    case OverlapPolicy.BUFFER_ALL:
    case OverlapPolicy.CANCEL_OTHER:
    case OverlapPolicy.TERMINATE_OTHER:
    case OverlapPolicy.ALLOW_ALL:
      return 'buffer';
    default:
      return running > 0 || buffered > 0 ? 'skip' : 'buffer';
  }
}

/** A policy as stored: UNSPECIFIED means SKIP. */
export const effectivePolicy = (p: unknown, fallback: number = OverlapPolicy.SKIP): number => Number(p ?? 0) || fallback;
