import { atLocalTime, endOfLocalDay, localDate, WorkingCalendar } from '@dondoc/domain';
import { numberingDeadline } from './plan-deadlines';

const cal = WorkingCalendar.default();

describe('numberingDeadline (Decree 30 Art. 15: the same or the next working day)', () => {
  it.each([
    ['signed Friday 15:00 → due Monday', '2026-11-20T08:00:00Z', localDate(2026, 11, 23)],
    ['signed Tuesday → due Wednesday', '2026-11-24T03:00:00Z', localDate(2026, 11, 25)],
    ['signed before Tết 2026 (14–22/02 off) → due Monday 23/02', '2026-02-13T03:00:00Z', localDate(2026, 2, 23)],
  ])('%s', (_label, signedAt, dueDay) => {
    expect(numberingDeadline(signedAt, cal)).toEqual({ remindAt: atLocalTime(dueDay, 8).getTime(), dueAt: endOfLocalDay(dueDay).getTime() });
  });
});
