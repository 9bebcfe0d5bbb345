import { formatDateTime, formatSize } from './format-time';

describe('formatDateTime (Asia/Ho_Chi_Minh)', () => {
  it('shows the local day and time', () => {
    expect(formatDateTime('2027-06-04T17:30:00.000Z')).toBe('05/06/2027 00:30');
    expect(formatDateTime('2027-01-02T03:04:00.000Z')).toBe('02/01/2027 10:04');
  });
  it('leaves empty and unreadable values alone', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('không rõ')).toBe('không rõ');
  });
});

describe('formatSize', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [1536 * 1024, '1,5 MB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
