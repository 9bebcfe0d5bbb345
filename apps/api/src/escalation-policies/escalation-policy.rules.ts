import { type EscalationPolicy, type EscalationStep, validateEscalationPolicy } from '@dondoc/domain';
import type { StoredEscalationStep } from '@dondoc/persistence';
import type { FieldError } from '../common/api-error';

/** Bounds an administrator can type: two months of working days either side of the deadline. */
export const MAX_OFFSET_DAYS = 60;
export const MAX_STEPS = 12;
const SEND_AT = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/**
 * What is wrong with a policy as typed, in Vietnamese, by field (empty when it is fine). Offsets are
 * whole working days from the deadline; steps go strictly forward in time; from the deadline on the
 * chain never targets the owner (domain.md: never escalate to the person who is late).
 */
export function escalationPolicyProblems(steps: readonly StoredEscalationStep[], sendAt: string): FieldError[] {
  const problems: FieldError[] = [];
  if (steps.length === 0 || steps.length > MAX_STEPS)
    problems.push({ field: 'steps', message: `Chính sách phải có từ 1 đến ${MAX_STEPS} bước` });
  steps.forEach((s, i) => {
    if (!Number.isInteger(s.offsetDays) || Math.abs(s.offsetDays) > MAX_OFFSET_DAYS)
      problems.push({
        field: `steps.${i}.offsetDays`,
        message: `Mốc phải là số nguyên ngày làm việc so với hạn, từ -${MAX_OFFSET_DAYS} đến ${MAX_OFFSET_DAYS}`,
      });
    const previous = steps[i - 1];
    if (previous && !(s.offsetDays > previous.offsetDays))
      problems.push({
        field: `steps.${i}.offsetDays`,
        message: 'Các bước phải theo thứ tự thời gian: mốc của bước sau phải muộn hơn bước trước',
      });
    if (s.offsetDays >= 0 && s.audience === 'owner')
      problems.push({
        field: `steps.${i}.audience`,
        message: 'Từ hạn chót trở đi không báo cáo cho chính người được giao (người đang chậm): chọn cấp trên',
      });
  });
  if (!SEND_AT.test(sendAt)) problems.push({ field: 'sendAt', message: 'Giờ gửi phải có dạng HH:MM (giờ Việt Nam)' });
  return problems;
}

/** "T-5", "T+0", "T+3": the step's id (unique: offsets go strictly forward). */
export function stepIdOf(offsetDays: number): string {
  return `T${offsetDays < 0 ? '-' : '+'}${Math.abs(offsetDays)}`;
}

/**
 * The stored policy as the workflows take it: before the deadline a reminder, at the deadline the
 * overdue notice, after it an escalation; chasing stops when the work is done, an extension is
 * granted (the chase restarts on the new deadline) or the task is paused.
 */
export function toDomainPolicy(row: { id: string; name: string; steps: readonly StoredEscalationStep[]; sendAt: string }): EscalationPolicy {
  const [hour, minute] = row.sendAt.split(':').map(Number);
  const steps: EscalationStep[] = row.steps.map((s) => ({
    id: stepIdOf(s.offsetDays),
    offset: { kind: 'workingDays', days: s.offsetDays },
    audience: s.audience,
    kind: s.offsetDays < 0 ? 'reminder' : s.offsetDays === 0 ? 'overdue' : 'escalation',
  }));
  return validateEscalationPolicy({
    id: row.id,
    name: row.name,
    steps,
    stopWhen: ['done', 'extensionGranted', 'paused'],
    sendAt: { hour: hour ?? 8, minute: minute ?? 0 },
  });
}
