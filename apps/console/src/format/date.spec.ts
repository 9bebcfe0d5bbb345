import { formatDate, formatDeadline, todayInVietnam } from './date';

describe('formatDate (dd/mm/yyyy, Asia/Ho_Chi_Minh)', () => {
  it.each([
    ['2026-01-05', '05/01/2026'], // a calendar day is never shifted
    ['2026-01-04T17:00:00Z', '05/01/2026'], // 00:00 in Hà Nội
    ['2026-01-04T16:59:59Z', '04/01/2026'], // 23:59:59 in Hà Nội
    ['2024-12-31T17:30:00.000Z', '01/01/2025'],
  ])('%s → %s', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it('leaves empty values empty and unparsable text as it is', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('ngày tháng năm 2024')).toBe('ngày tháng năm 2024');
  });
});

describe('todayInVietnam', () => {
  it('is the Vietnamese calendar day, not the UTC one', () => {
    expect(todayInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(todayInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31');
  });
});

describe('formatDeadline', () => {
  it('shows the day a deadline falls due (the API stores the instant that day ends)', () => {
    expect(formatDeadline('2027-06-30T17:00:00.000Z')).toBe('30/06/2027');
    expect(formatDeadline('2027-06-30T10:00:00.000Z')).toBe('30/06/2027');
    expect(formatDeadline('2027-06-30')).toBe('30/06/2027');
    expect(formatDeadline(null)).toBe('');
  });
});
