import {
  type EscalationAudience,
  type EscalationChain,
  type EscalationPolicy,
  type EscalationStep,
  formatDdMmYyyy,
  isDomainError,
  localDateOfDeadline,
  resolveEscalationRecipient,
  scheduleEscalations,
  type WorkingCalendar,
} from '@dondoc/domain';

/** One step of the chase still to be sent. `key` binds it to the deadline it was computed for. */
export interface PendingStep {
  key: string;
  at: number;
  step: EscalationStep;
  audience: EscalationAudience;
}

/**
 * The next unsent step of the policy for a deadline. Steps are keyed `step@dueAt`: after a deadline
 * moves (extension, calendar change) the old keys no longer match, so nothing fires on a stale date,
 * and steps of the new deadline that lie before `chaseFrom` are dropped by `scheduleEscalations`.
 */
export function nextPendingStep(policy: EscalationPolicy, chaseFrom: string, dueAt: string, calendar: WorkingCalendar, sent: ReadonlySet<string>): PendingStep | undefined {
  const due = new Date(dueAt).getTime();
  // A chase starting at or after the deadline still owes the breach and later steps.
  const from = Math.min(new Date(chaseFrom).getTime(), due - 1);
  for (const e of scheduleEscalations(policy, { assignedAt: from, dueAt: due }, calendar)) {
    const key = `${e.step.id}@${dueAt}`;
    if (!sent.has(key)) return { key, at: e.at.getTime(), step: e.step, audience: e.audience };
  }
  return undefined;
}

/** Who receives a step: never the late person (the chain moves up); null when nobody suitable is left. */
export function recipientOf(audience: EscalationAudience, chain: EscalationChain): { personId: string; note?: string } | null {
  try {
    const r = resolveEscalationRecipient(audience, chain);
    return { personId: r.personId, ...(r.note ? { note: r.note } : {}) };
  } catch (e) {
    if (isDomainError(e)) return null;
    throw e;
  }
}

/** Vietnamese message of a chase step. */
export function chaseMessage(kind: EscalationStep['kind'], what: string, dueAt: string): string {
  const day = formatDdMmYyyy(localDateOfDeadline(new Date(dueAt)));
  switch (kind) {
    case 'reminder':
      return `Nhắc việc: "${what}" — hạn hết ngày ${day}`;
    case 'overdue':
      return `Quá hạn: "${what}" — hạn đã hết ngày ${day}`;
    case 'escalation':
      return `Báo cáo vượt cấp: "${what}" quá hạn từ ngày ${day}, chưa hoàn thành`;
  }
}
