import { WorkingCalendar } from '@dondoc/domain';
import { checkException, readDate } from './calendar-exception.validate';

const calendar = WorkingCalendar.default();
const check = (date: string, kind: 'dayOff' | 'makeUpWorkingDay' | 'tetDay', recorded: { date: string; reason: string }[] = []) =>
  checkException({ date, kind, reason: 'Thông báo 1234/TB-BNV' }, calendar, recorded);

describe('readDate', () => {
  it.each([
    ['30/04/2027', { year: 2027, month: 4, day: 30 }],
    ['5/6/2027', { year: 2027, month: 6, day: 5 }],
    ['2027-06-05', { year: 2027, month: 6, day: 5 }],
    ['2027/06/05', null],
    ['05-06-2027', null],
  ])('%s', (text, expected) => expect(readDate(text)).toEqual(expected));
});

describe('checkException', () => {
  it.each<[string, 'dayOff' | 'makeUpWorkingDay' | 'tetDay', string]>([
    ['30/04/2027', 'dayOff', 'Ngày 30/04/2027 đã là ngày nghỉ (ngày lễ, Tết): Ngày Chiến thắng'],
    ['31/02/2027', 'dayOff', 'Ngày 31/02/2027 không tồn tại'],
    ['29/02/2027', 'dayOff', 'Ngày 29/02/2027 không tồn tại'],
    ['02/01/1899', 'dayOff', 'Năm 1899 nằm ngoài phạm vi của lịch (1900–2199)'],
    ['03/05/2027', 'makeUpWorkingDay', 'Ngày 03/05/2027 là Thứ Hai, vốn là ngày làm việc: chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù'],
    ['08/05/2027', 'dayOff', 'Ngày 08/05/2027 là Thứ Bảy, vốn là ngày nghỉ cuối tuần'],
    ['10/01/2026', 'makeUpWorkingDay', 'Ngày 10/01/2026 đã là ngày làm bù'],
    ['31.12.2027', 'dayOff', 'Ngày "31.12.2027" không đúng dạng dd/mm/yyyy'],
  ])('%s as %s → "%s"', (date, kind, message) => {
    const r = check(date, kind);
    expect('errors' in r ? r.errors[0]!.message : r).toEqual(expect.stringContaining(message));
  });

  it('refuses a second exception on the same day, naming the first', () => {
    expect(check('03/05/2027', 'dayOff', [{ date: '2027-05-03', reason: 'Nghỉ bù 30/4' }])).toEqual({
      errors: [{ field: 'date', message: 'Ngày 03/05/2027 đã có ngoại lệ: Nghỉ bù 30/4' }],
    });
  });

  it('accepts a bridged weekday, a make-up Saturday and a Tết day on a working weekday (as ISO dates)', () => {
    expect(check('04/05/2027', 'dayOff')).toEqual({ iso: '2027-05-04' });
    expect(check('08/05/2027', 'makeUpWorkingDay')).toEqual({ iso: '2027-05-08' });
    expect(check('2027-02-12', 'tetDay')).toEqual({ iso: '2027-02-12' });
  });

  it('needs a reason', () => {
    expect(checkException({ date: '03/05/2027', kind: 'dayOff', reason: '  ' }, calendar, [])).toEqual({
      errors: [{ field: 'reason', message: expect.stringContaining('Vui lòng nhập lý do') }],
    });
  });
});
