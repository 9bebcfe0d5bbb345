import { formatNumber, formatPercent } from './number';

describe('number formatting', () => {
  it('is Vietnamese by default', () => {
    expect(formatNumber(1_728_000_000)).toBe('1.728.000.000');
    expect(formatNumber(3.914)).toBe('3,91');
    expect(formatPercent(0.0391)).toBe('3,91%');
  });
  it('follows English when chosen, and shows a dash for no value', () => {
    expect(formatNumber(1_728_000_000, 'en')).toBe('1,728,000,000');
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatNumber(null)).toBe('—');
    expect(formatPercent(undefined)).toBe('—');
  });
});
