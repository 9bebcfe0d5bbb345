import type { ConsultationReply, NotificationRequest, PlanLifecycleInput } from '@dondoc/contracts';
import type { PlanLifecycleState, WorkingCalendar } from '@dondoc/domain';
import { nextPendingStep } from '../shared/chase';
import { CONSULTATION_POLICY, numberingDeadline } from './plan-deadlines';

/** One notice a plan timer sends (the workflow adds subject and times). */
export type PlanNotice = Pick<NotificationRequest, 'key' | 'recipientId' | 'audience' | 'kind' | 'messageVi'>;

/** The plan's next durable timer and what it sends when it fires. */
export interface PlanTimer {
  key: string;
  at: number;
  notices: PlanNotice[];
}

/** What the timers depend on; any change of it wakes the workflow loop to recompute. */
export interface PlanTimerContext {
  workflowId: string;
  input: Pick<PlanLifecycleInput, 'title' | 'people'>;
  state: PlanLifecycleState;
  replies: readonly ConsultationReply[];
  consultationFrom: string;
  calendar: WorkingCalendar;
  sent: ReadonlySet<string>;
}

/**
 * The next timer of a plan: in consultation, a reminder to invitees who have not replied one working
 * day before the close and a notice to the drafter at the close; once signed, the clerk's reminder at
 * 08:00 of the numbering day and the overdue notice at its end. Pure (no Temporal API).
 */
export function nextPlanTimer(c: PlanTimerContext): PlanTimer | undefined {
  const { state, input, workflowId } = c;
  if (state.status === 'consultation' && state.consultation) {
    const { closesAt, invitees } = state.consultation;
    const late = invitees.filter((org) => !c.replies.some((r) => r.orgId === org));
    const step = nextPendingStep(CONSULTATION_POLICY, c.consultationFrom, closesAt, c.calendar, c.sent);
    if (!step) return undefined;
    if (step.step.kind === 'reminder') {
      const notices = late.map((org): PlanNotice => ({ key: `${workflowId}:${step.key}:${org}`, recipientId: org, audience: 'invitee', kind: 'reminder', messageVi: `Đề nghị góp ý dự thảo "${input.title}" trước ${closesAt}` }));
      return { key: step.key, at: step.at, notices };
    }
    const drafter = input.people.drafter;
    const missing = late.length ? `; chưa có ý kiến: ${late.join(', ')}` : '';
    const notices: PlanNotice[] = drafter ? [{ key: `${workflowId}:${step.key}`, recipientId: drafter, audience: 'drafter', kind: 'overdue', messageVi: `Hết hạn lấy ý kiến dự thảo "${input.title}"${missing}` }] : [];
    return { key: step.key, at: step.at, notices };
  }
  if (state.status === 'signed' && state.signature) {
    const signedAt = new Date(state.signature.at).getTime();
    const { remindAt, dueAt } = numberingDeadline(state.signature.at, c.calendar);
    const clerk = input.people.clerk;
    const due = [
      { key: `numbering-remind@${dueAt}`, at: remindAt, kind: 'reminder' as const, messageVi: `Văn bản "${input.title}" đã ký, cấp số và phát hành trong ngày` },
      { key: `numbering-overdue@${dueAt}`, at: dueAt, kind: 'overdue' as const, messageVi: `Quá hạn cấp số văn bản "${input.title}" (Nghị định 30, Điều 15)` },
    ].find((t) => !c.sent.has(t.key) && t.at > signedAt);
    if (!due) return undefined;
    const notices: PlanNotice[] = clerk ? [{ key: `${workflowId}:${due.key}`, recipientId: clerk, audience: 'clerk', kind: due.kind, messageVi: due.messageVi }] : [];
    return { key: due.key, at: due.at, notices };
  }
  return undefined;
}
