import { atLocalTime, endOfLocalDay, type EscalationPolicy, localDateOf, type WorkingCalendar } from '@dondoc/domain';

/**
 * Numbering after signature (Decree 30 Art. 15): the same or the next working day. Due at 24:00 of
 * the next working day after the signing day; the clerk is reminded at 08:00 that day.
 */
export function numberingDeadline(signedAt: string, calendar: WorkingCalendar): { remindAt: number; dueAt: number } {
  const dueDay = calendar.nextWorkingDay(localDateOf(new Date(signedAt)));
  return { remindAt: atLocalTime(dueDay, 8, 0).getTime(), dueAt: endOfLocalDay(dueDay).getTime() };
}

/** The consultation round's chase: late invitees reminded one working day before it closes; the drafter told at the close. */
export const CONSULTATION_POLICY: EscalationPolicy = {
  id: 'consultation',
  name: 'Lấy ý kiến: nhắc cơ quan chưa góp ý trước 01 ngày làm việc; báo người soạn thảo khi hết hạn',
  steps: [
    { id: 'T-1', offset: { kind: 'workingDays', days: -1 }, audience: 'owner', kind: 'reminder' },
    { id: 'close', offset: { kind: 'workingDays', days: 0 }, audience: 'owner', kind: 'overdue' },
  ],
  stopWhen: ['done'],
  sendAt: { hour: 8, minute: 0 },
};
