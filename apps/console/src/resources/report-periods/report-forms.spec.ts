import { parseFigure } from './report-forms';

describe('parseFigure', () => {
  it.each([
    ['12', 12],
    [' 1.234,5 ', 1234.5],
    ['3,91', 3.91],
    ['1234.5', 1234.5],
    ['1,234', 1.234],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['-2', -2],
  ])('%j → %d', (text, n) => {
    expect(parseFigure(text)).toBe(n);
  });

  it.each(['', 'mười', '12a', '1.2.3,4,5'])('refuses %j', (text) => {
    expect(parseFigure(text)).toBeNull();
  });
});
