import { parseIsoDate as d, toIsoDate } from './local-date';
import { atLocalTime, endOfLocalDay, localDateOf, localDateOfDeadline, startOfLocalDay, toLocalIsoString } from './local-date-instant';

describe('local day ↔ instants (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it.each([
    ['2024-06-05', '2024-06-05T17:00:00.000Z'],
    ['2024-12-31', '2024-12-31T17:00:00.000Z'],
    ['2024-02-29', '2024-02-29T17:00:00.000Z'],
  ])('end of %s (24:00 local) is %s, never 17:00Z of the previous day', (s, iso) => {
    expect(endOfLocalDay(d(s)).toISOString()).toBe(iso);
    expect(toLocalIsoString(endOfLocalDay(d(s)))).toMatch(/T00:00:00\+07:00$/);
  });

  it('start of day is 00:00+07:00', () => expect(startOfLocalDay(d('2024-06-05')).toISOString()).toBe('2024-06-04T17:00:00.000Z'));
  it('08:00 local', () => expect(atLocalTime(d('2024-06-05'), 8).toISOString()).toBe('2024-06-05T01:00:00.000Z'));

  it.each([
    ['2024-06-04T16:59:59.999Z', '2024-06-04'],
    ['2024-06-04T17:00:00.000Z', '2024-06-05'],
    ['2024-12-31T17:30:00.000Z', '2025-01-01'],
  ])('instant %s lies on local day %s', (iso, s) => expect(toIsoDate(localDateOf(new Date(iso)))).toBe(s));

  it('the due date a deadline instant stands for', () => {
    expect(toIsoDate(localDateOfDeadline(endOfLocalDay(d('2024-06-05'))))).toBe('2024-06-05');
  });
});
