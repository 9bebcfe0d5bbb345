import { findDates, parseVietnameseDate } from './date-parse.util';

describe('findDates', () => {
  it.each([
    ['ngày 29 tháng 12 năm 2023', [{ kind: 'date', iso: '2023-12-29' }]],
    ['ngày 16/3/2022', [{ kind: 'date', iso: '2022-03-16' }]],
    ['ngày 05-5-2022', [{ kind: 'date', iso: '2022-05-05' }]],
    ['ngày 31/02/2024', [{ kind: 'invalid', day: 31, month: 2, year: 2024, index: 5 }]],
    ['ngày 29/02/2025', [{ kind: 'invalid', day: 29, month: 2 }]],
    ['ngày 29/02/2024', [{ kind: 'date', iso: '2024-02-29' }]],
    ['ngày 00/06/2024', [{ kind: 'invalid', day: 0, month: 6 }]],
    ['ngày 31 tháng 4 năm 2024', [{ kind: 'invalid', day: 31, month: 4 }]],
    ['trước ngày 05/6', [{ kind: 'dayMonth', day: 5, month: 6, index: 11 }]],
    ['trước ngày 31/6', [{ kind: 'invalid', day: 31, month: 6, year: null }]],
    ['giảm 10/10 hộ nghèo', []],
    ['Số: 4159 /KH-UBND', []],
    ['Lai Châu, ngày   tháng   năm 2024', [{ kind: 'blank', year: 2024 }]],
    ['ngày ... tháng ... năm 2024', [{ kind: 'blank', year: 2024 }]],
  ])('%s', (input, expected) => {
    expect(findDates(input)).toMatchObject(expected);
  });

  it('parseVietnameseDate returns ISO or null', () => {
    expect(parseVietnameseDate('Hà Nội, ngày 05 tháng 01 năm 2024')).toBe('2024-01-05');
    expect(parseVietnameseDate('ngày 31/02/2024')).toBeNull();
  });
});
