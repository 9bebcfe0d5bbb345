import { WorkingCalendar } from '../calendar';
import { parseIsoDate as d, toIsoDate } from '../dates';
import { DomainError, DomainErrorCode } from '../errors';
import { requireWorkingDayDeadline } from './working-day-deadline';

const calendar = WorkingCalendar.default();

describe('requireWorkingDayDeadline', () => {
  it.each(['2026-02-16', '2026-02-20', '2026-01-02', '2026-04-27', '2026-02-14', '2026-03-08'])(
    'refuses %s (a day off) with the reason and the next working day',
    (iso) => {
      let error: unknown;
      try {
        requireWorkingDayDeadline(d(iso), calendar);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      const e = error as DomainError;
      expect(e.code).toBe(DomainErrorCode.DeadlineOnNonWorkingDay);
      expect(e.details?.nextWorkingDay).toBe(toIsoDate(calendar.nextWorkingDay(d(iso))));
      expect(e.messageVi).toContain('ngày làm việc gần nhất');
    },
  );

  it('names Tết in the message for 17/02/2026', () => {
    expect(() => requireWorkingDayDeadline(d('2026-02-17'), calendar)).toThrow(/17\/02\/2026.*Tết Nguyên đán.*23\/02\/2026/);
  });

  it.each(['2026-02-23', '2026-01-10', '2026-08-22', '2026-06-05'])('accepts %s (a working day, make-up Saturdays included)', (iso) => {
    expect(toIsoDate(requireWorkingDayDeadline(d(iso), calendar))).toBe(iso);
  });
});
