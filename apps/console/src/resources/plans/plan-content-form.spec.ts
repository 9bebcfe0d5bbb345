import { contentEditOf, formValuesOf, fromVnDate, parseVnNumber, serverErrorsOf, toVnDate } from './plan-content-form';
import type { PlanContent } from './plan-content.types';

const content: PlanContent = {
  revision: 1,
  title: 'Kế hoạch giảm nghèo năm 2027',
  summary: null,
  targets: [{ id: 't1', text: 'Giảm tỷ lệ hộ nghèo 1,5%', baseline: 3.91, value: 1.5, comparator: 'reduceBy', unit: '%', dueYear: 2027 }],
  responsibilities: [
    { id: 'r1', label: 'V › 1', duties: 'Rà soát hộ nghèo', dueText: null, dueDate: '2027-06-30', leads: [], coordinators: [] },
    { id: 'r2', label: '', duties: 'Bố trí kinh phí', dueText: null, dueDate: null, leads: [], coordinators: [] },
  ],
};

describe('the plan content form', () => {
  it('reads and writes Vietnamese dates and numbers', () => {
    expect(toVnDate('2027-06-30')).toBe('30/06/2027');
    expect(toVnDate(null)).toBe('');
    expect(fromVnDate('5/6/2027')).toBe('2027-06-05');
    // Impossible days pass through: the API refuses them with its reason.
    expect(fromVnDate('31/02/2027')).toBe('2027-02-31');
    expect(fromVnDate('2027-06-05')).toBeNull();
    expect([parseVnNumber('3,91'), parseVnNumber('1.500'), parseVnNumber(''), parseVnNumber('abc')]).toEqual([3.91, 1500, null, Number.NaN]);
  });

  it('sends only what changed: the full target list when a target changed, the changed deadlines', () => {
    const original = formValuesOf(content);
    expect(original.targets[0]).toMatchObject({ baseline: '3,91', value: '1,5', dueYear: '2027' });
    const v = {
      ...original,
      changeSummary: ' Lùi hạn rà soát ',
      targets: [{ ...original.targets[0]!, value: '2' }],
      responsibilities: [{ ...original.responsibilities[0]!, dueDate: '30/09/2027' }, original.responsibilities[1]!],
    };
    expect(contentEditOf(v, original)).toEqual({
      body: {
        changeSummary: 'Lùi hạn rà soát',
        targets: [{ id: 't1', text: 'Giảm tỷ lệ hộ nghèo 1,5%', baseline: 3.91, value: 2, comparator: 'reduceBy', unit: '%', dueYear: 2027 }],
        responsibilities: [{ id: 'r1', dueDate: '2027-09-30' }],
      },
    });
  });

  it('answers its own errors under the API field names', () => {
    const original = formValuesOf(content);
    const v = {
      ...original,
      targets: [{ ...original.targets[0]!, value: 'hai' }],
      responsibilities: [{ ...original.responsibilities[0]!, dueDate: '30-09-2027' }, original.responsibilities[1]!],
    };
    expect(contentEditOf(v, original)).toEqual({
      errors: {
        changeSummary: 'Nhập nội dung sửa đổi',
        'targets[0].value': 'Không phải là số',
        'responsibilities[0].dueDate': 'Nhập ngày dạng dd/mm/yyyy',
      },
    });
  });

  it("reads the server's field errors and message", () => {
    expect(serverErrorsOf({ body: { message: 'Dữ liệu không hợp lệ', errors: { 'responsibilities[0].dueDate': 'Ngày 31/02/2027 không tồn tại' } } })).toEqual({
      fields: { 'responsibilities[0].dueDate': 'Ngày 31/02/2027 không tồn tại' },
      message: 'Dữ liệu không hợp lệ',
    });
  });
});
