import { type WorkingCalendar } from '../calendar';
import { dayOfWeek, endOfLocalDay, formatDdMmYyyy, type LocalDate, sameLocalDate, VIETNAMESE_WEEKDAYS } from '../dates';
import { type Deadline, type HolidayPolicy } from './deadline.types';

/**
 * Turns the last day of a period into a deadline: applies the holiday policy (default: roll forward
 * to the next working day, Civil Code Art. 148(5)) and ends it at 24:00 local (Art. 148(6)).
 * `ruleText` describes the rule; the adjustment is appended in Vietnamese.
 */
export function deadlineForLastDay(
  nominalDate: LocalDate,
  calendar: WorkingCalendar,
  ruleText: string,
  holidayPolicy: HolidayPolicy = 'rollForward',
): Deadline {
  const dueDate =
    holidayPolicy === 'rollForward'
      ? calendar.workingDayOnOrAfter(nominalDate)
      : holidayPolicy === 'rollBack'
        ? calendar.workingDayOnOrBefore(nominalDate)
        : nominalDate;
  const adjusted = !sameLocalDate(dueDate, nominalDate);
  let text = ruleText;
  if (adjusted) {
    const info = calendar.dayInfo(nominalDate);
    const why = info.reason ?? VIETNAMESE_WEEKDAYS[dayOfWeek(nominalDate)];
    text +=
      holidayPolicy === 'rollForward'
        ? `; ngày ${formatDdMmYyyy(nominalDate)} là ngày nghỉ (${why}), hạn chuyển sang hết ngày ${formatDdMmYyyy(dueDate)} (Bộ luật Dân sự, Điều 148 khoản 5)`
        : `; ngày ${formatDdMmYyyy(nominalDate)} là ngày nghỉ (${why}), hạn tính đến hết ngày làm việc trước đó ${formatDdMmYyyy(dueDate)}`;
  }
  return { dueAt: endOfLocalDay(dueDate), dueDate, nominalDate, adjusted, ruleText: text, calendarVersion: calendar.version };
}
