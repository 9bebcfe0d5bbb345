import { periodLabel } from './period-label';

describe('periodLabel', () => {
  it.each([
    ['2027-H1', '6 tháng đầu năm 2027'],
    ['2027-9M', '9 tháng năm 2027'],
    ['2027-Y', 'Năm 2027'],
    ['2027-Q2', 'Quý II năm 2027'],
    ['2027-M06', 'Tháng 6 năm 2027'],
    ['2027-M12', 'Tháng 12 năm 2027'],
    ['khác', 'khác'],
  ])('%s → %s', (key, label) => {
    expect(periodLabel(key)).toBe(label);
  });
});
