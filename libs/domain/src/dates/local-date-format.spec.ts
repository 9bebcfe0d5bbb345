import { parseIsoDate as d } from './local-date';
import { formatDdMmYyyy, formatVietnameseDate } from './local-date-format';

describe('Vietnamese date formats (Decree 30)', () => {
  it.each([
    ['2024-06-05', 'ngày 05 tháng 6 năm 2024', '05/06/2024'],
    ['2024-01-05', 'ngày 05 tháng 01 năm 2024', '05/01/2024'],
    ['2024-02-21', 'ngày 21 tháng 02 năm 2024', '21/02/2024'],
    ['2024-12-15', 'ngày 15 tháng 12 năm 2024', '15/12/2024'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024', '10/03/2024'],
  ])('%s → "%s" / %s', (s, long, short) => {
    expect(formatVietnameseDate(d(s))).toBe(long);
    expect(formatDdMmYyyy(d(s))).toBe(short);
  });
});
