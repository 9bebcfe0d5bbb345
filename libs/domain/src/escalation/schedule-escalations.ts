import { type WorkingCalendar } from '../calendar';
import { atLocalTime, type InstantInput, localDateOf, localDateOfDeadline, toInstant } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { type EscalationPolicy, type LocalTime, type ScheduledEscalation } from './escalation-policy.types';

const DEFAULT_SEND_AT: LocalTime = { hour: 8, minute: 0 };

/** Refuses policies a person could mistype: duplicate ids, fractional days, non-positive shares. */
export function validateEscalationPolicy(policy: EscalationPolicy): EscalationPolicy {
  const bad = (problem: string) => new DomainError(DomainErrorCode.InvalidEscalationPolicy, { policy: policy.id, problem }, problem);
  const ids = new Set<string>();
  for (const s of policy.steps) {
    if (ids.has(s.id)) throw bad(`bước "${s.id}" bị lặp`);
    ids.add(s.id);
    if (s.offset.kind === 'workingDays' && !Number.isInteger(s.offset.days)) throw bad(`bước "${s.id}": số ngày làm việc phải là số nguyên`);
    if (s.offset.kind === 'share' && !(s.offset.share > 0 && Number.isFinite(s.offset.share))) throw bad(`bước "${s.id}": tỷ lệ phải lớn hơn 0`);
  }
  const t = policy.sendAt;
  if (t && !(Number.isInteger(t.hour) && Number.isInteger(t.minute) && t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60)) throw bad('giờ gửi không hợp lệ');
  return policy;
}

/**
 * The notifications a policy schedules for one deadline, in time order. Steps that would fire
 * before the assignment are dropped (a task given 2 days before its deadline gets no T−5
 * reminder). Share steps before the breach that land on a day off are moved to the next working
 * day at the send time; the breach itself is the due instant. Recompute after an extension or a
 * calendar change (compare `calendar.version`).
 */
export function scheduleEscalations(
  policy: EscalationPolicy,
  span: { assignedAt: InstantInput; dueAt: InstantInput },
  calendar: WorkingCalendar,
): ScheduledEscalation[] {
  validateEscalationPolicy(policy);
  const assignedAt = toInstant(span.assignedAt);
  const dueAt = toInstant(span.dueAt);
  if (dueAt.getTime() <= assignedAt.getTime()) {
    throw new DomainError(DomainErrorCode.InvalidPeriod, { assignedAt: assignedAt.toISOString(), dueAt: dueAt.toISOString() }, 'thời hạn phải sau thời điểm giao việc');
  }
  const sendAt = policy.sendAt ?? DEFAULT_SEND_AT;
  const dueDate = localDateOfDeadline(dueAt);
  const at = (step: ScheduledEscalation['step']): Date => {
    const o = step.offset;
    if (o.kind === 'workingDays') {
      if (o.days === 0) return dueAt;
      return atLocalTime(calendar.addWorkingDays(dueDate, o.days), sendAt.hour, sendAt.minute);
    }
    if (o.share === 1) return dueAt;
    const raw = new Date(assignedAt.getTime() + Math.round(o.share * (dueAt.getTime() - assignedAt.getTime())));
    const day = localDateOf(raw);
    return calendar.isWorkingDay(day) ? raw : atLocalTime(calendar.nextWorkingDay(day), sendAt.hour, sendAt.minute);
  };
  return policy.steps
    .map((step, order) => ({ at: at(step), step, audience: step.audience, order }))
    .filter((e) => e.at.getTime() > assignedAt.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order)
    .map(({ at: when, step, audience }) => ({ at: when, step, audience }));
}
