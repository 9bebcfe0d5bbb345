import { parseVnDate } from './vn-date';

describe('parseVnDate (dd/mm/yyyy)', () => {
  it.each([
    ['15/07/2027', '2027-07-15'],
    ['5/7/2027', '2027-07-05'],
    [' 01-12-2027 ', '2027-12-01'],
    ['29/02/2028', '2028-02-29'],
  ])('%s → %s', (text, day) => {
    expect(parseVnDate(text)).toBe(day);
  });

  it.each(['31/02/2027', '2027-07-15', '07/15/2027', '', '15/07/27', 'ngày mai'])('refuses %j', (text) => {
    expect(parseVnDate(text)).toBeNull();
  });
});
