import {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  dayOfWeek,
  formatDdMmYyyy,
  type NonWorkingKind,
  toIsoDate,
  VIETNAMESE_WEEKDAYS,
  WorkingCalendar,
} from '@dondoc/domain';
import { type CliCommand, type CommandIo } from '../command';

const USAGE = 'Cách dùng / usage: dondoc calendar NĂM [--json]   (ví dụ: dondoc calendar 2026)';

const KIND_LABELS: Record<NonWorkingKind, string> = {
  holiday: 'nghỉ lễ, Tết',
  bridge: 'nghỉ hoán đổi',
  compensatory: 'nghỉ bù',
};

/** JSON shape printed by `dondoc calendar YEAR --json` (local dates, weekends not listed). */
export interface CalendarJson {
  year: number;
  calendarVersion: string;
  nonWorkingDays: { date: string; kind: NonWorkingKind; reason: string }[];
  makeUpWorkingDays: { date: string; reason: string }[];
}

/** Builds the `--json` document for a year from a calendar. */
export function calendarJson(calendar: WorkingCalendar, year: number): CalendarJson {
  return {
    year,
    calendarVersion: calendar.version,
    nonWorkingDays: calendar.nonWorkingWeekdays(year).map((e) => ({ date: toIsoDate(e.date), kind: e.kind, reason: e.reason })),
    makeUpWorkingDays: calendar.makeUpWorkingDays(year).map((e) => ({ date: toIsoDate(e.date), reason: e.reason })),
  };
}

function calendarText(calendar: WorkingCalendar, year: number): string {
  const schedule = calendar.schedule(year);
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const date = { year: y, month: m, day: d };
    return `${VIETNAMESE_WEEKDAYS[dayOfWeek(date)].padEnd(8)} ${formatDdMmYyyy(date)}`;
  };
  const json = calendarJson(calendar, year);
  const lines = [`Lịch làm việc năm ${year} của cán bộ, công chức (phiên bản lịch: ${calendar.version})`];
  lines.push(
    schedule.announced
      ? `Theo: ${schedule.notices.join('; ') || 'thông báo đã ghi nhận'}`
      : 'Chưa có thông báo của năm này: các ngày dưới đây tính theo Bộ luật Lao động (Điều 111, 112), có thể thay đổi khi có thông báo.',
  );
  lines.push('', 'Ngày nghỉ trong tuần (thứ Hai – thứ Sáu; không liệt kê thứ Bảy, Chủ nhật):');
  for (const e of json.nonWorkingDays) lines.push(`  ${day(e.date)}  ${KIND_LABELS[e.kind].padEnd(13)}  ${e.reason}`);
  lines.push('', 'Ngày làm bù (đi làm vào ngày nghỉ cuối tuần):');
  if (json.makeUpWorkingDays.length === 0) lines.push('  (không có)');
  for (const e of json.makeUpWorkingDays) lines.push(`  ${day(e.date)}  ${e.reason}`);
  lines.push('', `Tổng cộng: ${json.nonWorkingDays.length} ngày nghỉ trong tuần, ${json.makeUpWorkingDays.length} ngày làm bù.`);
  // The command reads no database (it works before `dondoc start`): say so rather than look complete.
  lines.push(
    'Đây là lịch phát hành kèm dondoc, chưa gồm ngày nghỉ, ngày làm bù do quản trị viên bổ sung;',
    `lịch đang áp dụng xem ở trang "Lịch làm việc" hoặc GET /api/calendar/${year}.`,
  );
  return lines.join('\n') + '\n';
}

function usageError(io: CommandIo, message: string): number {
  io.stderr(`dondoc calendar: ${message}\n${USAGE}\n`);
  return 2;
}

/**
 * `dondoc calendar YEAR [--json]`: non-working weekdays with reasons and make-up Saturdays of a year,
 * from the shipped calendar only (administered exceptions are in the API's `/api/calendar/YEAR`).
 */
export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: 'In lịch ngày nghỉ, ngày làm bù của một năm / print a year’s days off and make-up working days',
  async run(argv: string[], io: CommandIo): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const json = argv.includes('--json');
    const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
    if (unknown.length) return usageError(io, `tùy chọn không hợp lệ: ${unknown.join(' ')}`);
    const positional = argv.filter((a) => !a.startsWith('-'));
    if (positional.length !== 1) return usageError(io, positional.length ? 'chỉ nhận một năm' : 'thiếu năm');
    const text = positional[0]!;
    const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR)) {
      return usageError(io, `năm không hợp lệ "${text}" (phải là số có 4 chữ số, từ ${CALENDAR_MIN_YEAR} đến ${CALENDAR_MAX_YEAR})`);
    }
    const calendar = WorkingCalendar.default();
    io.stdout(json ? `${JSON.stringify(calendarJson(calendar, year), null, 2)}\n` : calendarText(calendar, year));
    return 0;
  },
};
