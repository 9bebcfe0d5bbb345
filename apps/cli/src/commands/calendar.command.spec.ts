import { calendarCommand } from './calendar.command';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await calendarCommand.run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('dondoc calendar', () => {
  it('prints the 2026 schedule as JSON with local dates', async () => {
    const { code, out, err } = await run('2026', '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['year', 'calendarVersion', 'nonWorkingDays', 'makeUpWorkingDays']);
    expect(json.year).toBe(2026);
    expect(json.calendarVersion).toMatch(/^vn-civil-service-/);
    expect(json.nonWorkingDays).toContainEqual({ date: '2026-02-16', kind: 'holiday', reason: expect.stringContaining('Tết Nguyên đán') });
    expect(json.nonWorkingDays).toContainEqual(expect.objectContaining({ date: '2026-04-27', kind: 'compensatory' }));
    expect(json.nonWorkingDays.map((e: { date: string }) => e.date)).not.toContain('2026-02-14'); // weekends not listed
    expect(json.makeUpWorkingDays.map((e: { date: string }) => e.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('prints a readable Vietnamese listing by default', async () => {
    const { code, out } = await run('2025');
    expect(code).toBe(0);
    expect(out).toContain('Lịch làm việc năm 2025');
    expect(out).toMatch(/Thứ Bảy +26\/04\/2025 +Làm bù/);
    expect(out).toContain('nghỉ hoán đổi');
    expect(out).toContain('Thông báo 6150/TB-BLĐTBXH');
    expect(out).toContain('chưa gồm ngày nghỉ, ngày làm bù do quản trị viên bổ sung');
  });

  it('says when a year is computed, not announced', async () => {
    const { code, out } = await run('2027');
    expect(code).toBe(0);
    expect(out).toContain('Chưa có thông báo');
  });

  it.each([[['abc']], [['20261']], [['1800']], [[]], [['2026', '2027']], [['2026', '--xml']]])('exits 2 with a Vietnamese message for %p', async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/dondoc calendar: (năm không hợp lệ|thiếu năm|chỉ nhận một năm|tùy chọn không hợp lệ)/);
  });
});
