import { WorkingCalendar } from '../calendar';
import { toLocalIsoString } from '../dates';
import { weeklyDigestInstants } from './weekly-digest';

const cal = WorkingCalendar.default();

describe('weekly digest instants', () => {
  it.each<[string, string, string, string[]]>([
    [
      'Mondays 08:00 through Tết 2026 (16/02 off → 23/02, once)',
      '2026-02-01T00:00:00Z',
      '2026-03-03T00:00:00Z',
      ['2026-02-02T08:00:00+07:00', '2026-02-09T08:00:00+07:00', '2026-02-23T08:00:00+07:00', '2026-03-02T08:00:00+07:00'],
    ],
    [
      'Monday 02/09/2024 is National Day → Wednesday 04/09',
      '2024-08-26T00:00:00Z',
      '2024-09-10T00:00:00Z',
      ['2024-08-26T08:00:00+07:00', '2024-09-04T08:00:00+07:00', '2024-09-09T08:00:00+07:00'],
    ],
    ['a window starting after this week’s digest', '2024-12-16T02:00:00Z', '2024-12-24T00:00:00Z', ['2024-12-23T08:00:00+07:00']],
  ])('%s', (_label, from, to, expected) => expect(weeklyDigestInstants(from, to, cal).map(toLocalIsoString)).toEqual(expected));

  it('Friday digests', () => {
    expect(weeklyDigestInstants('2024-04-22T00:00:00Z', '2024-05-04T00:00:00Z', cal, { weekday: 5, time: { hour: 16, minute: 30 } }).map(toLocalIsoString)).toEqual([
      '2024-04-26T16:30:00+07:00',
      '2024-05-03T16:30:00+07:00',
    ]);
  });
});
