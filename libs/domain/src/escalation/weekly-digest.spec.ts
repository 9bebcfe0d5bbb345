import { WorkingCalendar } from '../calendar';
import { toLocalIsoString } from '../dates';
import { composeWeeklyDigest, LEADER_WEEKLY_DIGEST, nextWeeklyDigestAt, weeklyDigestInstants } from './weekly-digest';

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

describe('next leader digest', () => {
  it.each<[string, string, string]>([
    ['from a Wednesday: next Monday 07:30', '2026-03-04T03:00:00Z', '2026-03-09T07:30:00+07:00'],
    ['right after a digest: the Monday after', '2026-03-09T00:30:00Z', '2026-03-16T07:30:00+07:00'],
    ['a minute before Monday 07:30: that Monday', '2026-03-09T00:29:00Z', '2026-03-09T07:30:00+07:00'],
    ['Monday of Tết 2026 (16/02) off, and the whole week: Monday 23/02, once', '2026-02-09T00:30:00Z', '2026-02-23T07:30:00+07:00'],
    ['after the Tết digest: 02/03', '2026-02-23T00:30:00Z', '2026-03-02T07:30:00+07:00'],
    ['Monday 27/04/2026 is the Giỗ Tổ compensatory day: Tuesday 28/04', '2026-04-20T00:30:00Z', '2026-04-28T07:30:00+07:00'],
  ])('%s', (_label, after, expected) => expect(toLocalIsoString(nextWeeklyDigestAt(after, cal, LEADER_WEEKLY_DIGEST))).toEqual(expected));
});

describe('digest content', () => {
  it('counts both groups, lists the most overdue first with dd/mm/yyyy, and cuts after the top items', () => {
    const digest = composeWeeklyDigest(
      [
        { title: 'Hỗ trợ nhà ở', dueAt: '2026-03-05T17:00:00.000Z', state: 'dueSoon' },
        { title: 'Rà soát hộ nghèo', dueAt: '2026-02-27T17:00:00.000Z', state: 'overdue', organisationName: 'Văn hóa - Xã hội' },
        { title: 'Cấp thẻ BHYT', dueAt: '2026-02-12T17:00:00.000Z', state: 'overdue' },
        { title: 'Tập huấn', dueAt: '2026-03-06T17:00:00.000Z', state: 'dueSoon' },
      ],
      1,
    );
    expect(digest).toEqual({
      overdue: 2,
      dueSoon: 2,
      messageVi: [
        'Tổng hợp tuần: 2 nhiệm vụ quá hạn, 2 nhiệm vụ sắp đến hạn',
        'Quá hạn:',
        '- Cấp thẻ BHYT — hạn 12/02/2026',
        '… và 1 nhiệm vụ khác',
        'Sắp đến hạn:',
        '- Hỗ trợ nhà ở — hạn 05/03/2026',
        '… và 1 nhiệm vụ khác',
      ].join('\n'),
    });
  });

  it('has nothing to send when nothing is overdue or due soon', () => {
    expect(composeWeeklyDigest([])).toBeUndefined();
  });
});
