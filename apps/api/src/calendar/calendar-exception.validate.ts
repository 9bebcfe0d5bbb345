import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  dayOfWeek,
  isValidDate,
  isWeekend,
  type LocalDate,
  toIsoDate,
  VIETNAMESE_WEEKDAYS,
  type WorkingCalendar,
} from '@dondoc/domain';
import type { CalendarExceptionKind } from '@dondoc/persistence';
import type { FieldError } from '../common/api-error';

/** An exception as typed by an administrator (date as dd/mm/yyyy or yyyy-mm-dd). */
export interface ExceptionInput {
  date: string;
  kind: CalendarExceptionKind;
  reason: string;
}

/** An unrevoked exception already recorded (other than the one being edited). */
export interface RecordedException {
  date: string;
  reason: string;
}

const KIND_LABELS: Record<string, string> = {
  holiday: 'ngày lễ, Tết',
  bridge: 'nghỉ hoán đổi',
  compensatory: 'nghỉ bù',
  weekend: 'nghỉ cuối tuần',
};

/** `dd/mm/yyyy` or `yyyy-mm-dd` → y/m/d numbers (not yet checked), or null when the form is wrong. */
export function readDate(text: string): { year: number; month: number; day: number } | null {
  const t = text.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (vn) return { day: Number(vn[1]), month: Number(vn[2]), year: Number(vn[3]) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Checks one exception against the calendar it would change (the shipped calendar plus every other
 * recorded exception). Returns the ISO date, or the Vietnamese field errors: an impossible date
 * (31/02 is never rolled over), a year the calendar does not cover, a second exception on the same
 * day, a make-up working day that is not a weekend (or already one), a day off on a weekend or on
 * a day already off.
 */
export function checkException(
  input: ExceptionInput,
  calendar: WorkingCalendar,
  recorded: readonly RecordedException[],
): { iso: string } | { errors: FieldError[] } {
  const fail = (field: string, message: string) => ({ errors: [{ field, message }] });
  if (!input.reason.trim()) return fail('reason', 'Vui lòng nhập lý do (ví dụ: số thông báo của cơ quan có thẩm quyền)');
  const parts = readDate(input.date);
  if (!parts) return fail('date', `Ngày "${input.date}" không đúng dạng dd/mm/yyyy`);
  const shown = `${pad(parts.day)}/${pad(parts.month)}/${parts.year}`;
  if (!isValidDate(parts.year, parts.month, parts.day)) return fail('date', `Ngày ${shown} không tồn tại`);
  if (parts.year < CALENDAR_MIN_YEAR || parts.year > CALENDAR_MAX_YEAR) {
    return fail('date', `Năm ${parts.year} nằm ngoài phạm vi của lịch (${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR})`);
  }
  const date: LocalDate = parts;
  const iso = toIsoDate(date);
  const same = recorded.find((r) => r.date === iso);
  if (same) return fail('date', `Ngày ${shown} đã có ngoại lệ: ${same.reason}`);
  const weekday = VIETNAMESE_WEEKDAYS[dayOfWeek(date) % 7]!;
  const info = calendar.dayInfo(date);
  if (input.kind === 'makeUpWorkingDay') {
    if (!isWeekend(date)) return fail('kind', `Ngày ${shown} là ${weekday}, vốn là ngày làm việc: chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù`);
    if (info.kind === 'makeUp') return fail('date', `Ngày ${shown} đã là ngày làm bù: ${info.reason ?? ''}`.trim());
    return { iso };
  }
  if (isWeekend(date)) return fail('kind', `Ngày ${shown} là ${weekday}, vốn là ngày nghỉ cuối tuần`);
  if (!info.working) {
    const label = KIND_LABELS[info.kind] ?? 'ngày nghỉ';
    return fail('date', `Ngày ${shown} đã là ngày nghỉ (${label})${info.reason ? `: ${info.reason}` : ''}`);
  }
  return { iso };
}
