import {
  type DueRule,
  formatDdMmYyyy,
  isDomainError,
  isValidDate,
  type LocalDate,
  requireWorkingDayDeadline,
  type WorkingCalendar,
} from '@dondoc/domain';
import type { FieldError } from '../common/api-error';

// Pure checks of a content edit, one Vietnamese message per field (the service answers them all at once).

/**
 * A responsibility's typed deadline (yyyy-mm-dd) as a due rule: impossible dates (31/02) are
 * refused, never rolled over; a day off is refused with the nearest working day (a date typed on
 * Tết is a slip, as at the workflow's start); null means no fixed deadline.
 */
export function dueRuleOf(
  text: string | null,
  calendar: WorkingCalendar,
  field: string,
): { rule: DueRule; error?: undefined } | { error: FieldError } {
  if (text === null) return { rule: { kind: 'ongoing' } };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { error: { field, message: `Ngày "${text}" không đúng dạng năm-tháng-ngày (yyyy-mm-dd)` } };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day))
    return { error: { field, message: `Ngày ${m[3]}/${m[2]}/${m[1]} không tồn tại` } };
  const date: LocalDate = { year, month, day };
  try {
    requireWorkingDayDeadline(date, calendar);
  } catch (e) {
    if (isDomainError(e)) return { error: { field, message: e.messageVi } };
    throw e;
  }
  return { rule: { kind: 'lastDay', date } };
}

/** How a due rule reads in the assignment matrix ("30/06/2027"; null when there is no fixed deadline). */
export function dueTextOf(rule: DueRule): string | null {
  return rule.kind === 'lastDay' ? formatDdMmYyyy(rule.date) : null;
}

/** Lead and coordinator lists of one row: at least one lead, no organisation in both roles, none twice. */
export function assigneeErrors(leads: readonly string[], coordinators: readonly string[], field: string): FieldError[] {
  const errors: FieldError[] = [];
  if (leads.length === 0) errors.push({ field: `${field}.leadOrganisationIds`, message: 'Cần ít nhất một cơ quan chủ trì' });
  if (new Set(leads).size !== leads.length || new Set(coordinators).size !== coordinators.length)
    errors.push({ field, message: 'Một cơ quan được chọn hai lần' });
  if (leads.some((id) => coordinators.includes(id)))
    errors.push({ field: `${field}.coordinatorOrganisationIds`, message: 'Một cơ quan không thể vừa chủ trì vừa phối hợp' });
  return errors;
}
