import { toIsoDate } from '../dates';
import { DomainErrorCode } from '../errors';
import { type CutOffRule, cutOffPeriod, type ReportFrequency } from './cut-off-period';

const range = (f: ReportFrequency, y: number, i?: number, rule?: CutOffRule) => {
  const r = cutOffPeriod(f, y, i, rule);
  return `${toIsoDate(r.start)}..${toIsoDate(r.end)}`;
};

describe('Decree 09 data cut-off periods', () => {
  it.each<[ReportFrequency, number, number | undefined, string]>([
    ['monthly', 2024, 1, '2023-12-15..2024-01-14'],
    ['monthly', 2024, 3, '2024-02-15..2024-03-14'],
    ['quarterly', 2024, 1, '2023-12-15..2024-03-14'],
    ['quarterly', 2024, 2, '2024-03-15..2024-06-14'],
    ['quarterly', 2024, 4, '2024-09-15..2024-12-14'],
    ['sixMonth', 2024, undefined, '2023-12-15..2024-06-14'],
    ['nineMonth', 2024, undefined, '2023-12-15..2024-09-14'],
    ['annual', 2024, undefined, '2023-12-15..2024-12-14'],
  ])('%s %i #%p → %s', (f, y, i, expected) => expect(range(f, y, i)).toBe(expected));

  it.each<[ReportFrequency, number, number | undefined, string]>([
    ['monthly', 2024, 2, '2024-02-01..2024-02-29'],
    ['quarterly', 2024, 1, '2024-01-01..2024-03-31'],
    ['sixMonth', 2024, undefined, '2024-01-01..2024-06-30'],
    ['annual', 2025, undefined, '2025-01-01..2025-12-31'],
  ])('calendar override: %s %i #%p → %s', (f, y, i, expected) => expect(range(f, y, i, { kind: 'calendar' })).toBe(expected));

  it('custom override for a yearly-based report', () => {
    expect(range('sixMonth', 2024, 1, { kind: 'custom', start: { month: 12, day: 1, previousYear: true }, end: { month: 5, day: 31 } })).toBe('2023-12-01..2024-05-31');
  });

  it.each<[ReportFrequency, number]>([
    ['monthly', 13],
    ['quarterly', 0],
    ['sixMonth', 2],
  ])('rejects %s index %i', (f, i) => {
    expect(() => cutOffPeriod(f, 2024, i)).toThrow(expect.objectContaining({ code: DomainErrorCode.InvalidPeriod }));
  });
});
