import { type WorkingCalendar } from '../calendar';
import { formatDdMmYyyy, type LocalDate, toIsoDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';

const KIND_VI: Record<string, string> = {
  weekend: 'ngày nghỉ cuối tuần',
  holiday: 'ngày lễ',
  bridge: 'ngày nghỉ hoán đổi',
  compensatory: 'ngày nghỉ bù',
};

/**
 * Refuses a deadline a person typed on a day off. Computed deadlines roll forward to the next
 * working day (Civil Code Art. 148(5)); a date chosen by hand on Tết is almost always a slip, so it
 * is refused with the reason and the nearest working day instead of being silently moved.
 */
export function requireWorkingDayDeadline(date: LocalDate, calendar: WorkingCalendar): LocalDate {
  const info = calendar.dayInfo(date);
  if (info.working) return date;
  const next = calendar.nextWorkingDay(date);
  const why = info.reason ? `${KIND_VI[info.kind] ?? 'ngày nghỉ'} — ${info.reason}` : (KIND_VI[info.kind] ?? 'ngày nghỉ');
  throw new DomainError(
    DomainErrorCode.DeadlineOnNonWorkingDay,
    { date: toIsoDate(date), kind: info.kind, reason: info.reason, nextWorkingDay: toIsoDate(next) },
    `${formatDdMmYyyy(date)} là ${why}; ngày làm việc gần nhất sau đó là ${formatDdMmYyyy(next)}`,
  );
}
