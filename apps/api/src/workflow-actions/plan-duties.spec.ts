import { reportingDutyOf } from './plan-workflow.service';

describe('stored reporting duty → domain rule', () => {
  const row = { due_text: 'trước ngày 05/6', strict: true, cut_off_override: null };
  it.each([
    [
      'semiannual "trước ngày 05/6" (strict)',
      { ...row, frequency: 'semiannual', due_rule: { month: 6, day: 5, strict: true } },
      { frequency: 'sixMonth', due: { kind: 'yearly', month: 6, day: 5 }, inclusive: false },
    ],
    [
      'annual "trước ngày 15/12"',
      { ...row, frequency: 'annual', due_rule: { month: 12, day: 15, strict: true } },
      { frequency: 'annual', due: { kind: 'yearly', month: 12, day: 15 }, inclusive: false },
    ],
    [
      'monthly "trước ngày 20 hằng tháng", inclusive',
      { ...row, frequency: 'monthly', due_rule: { month: null, day: 20, strict: false } },
      { frequency: 'monthly', due: { kind: 'dayOfMonth', day: 20 }, inclusive: true },
    ],
    [
      '"đến hết ngày 30/6" with a custom cut-off and estimates',
      {
        ...row,
        due_text: 'đến hết ngày 30/6',
        frequency: 'semiannual',
        due_rule: { month: 6, day: 30, strict: false },
        cut_off_override: { from: '12-15', to: '06-04', estimate: true },
      },
      {
        frequency: 'sixMonth',
        due: { kind: 'yearly', month: 6, day: 30 },
        before: false,
        cutOff: { kind: 'custom', start: { month: 12, day: 15, previousYear: true }, end: { month: 6, day: 4 } },
        estimate: true,
      },
    ],
  ])('%s', (_name, input, expected) => {
    expect(reportingDutyOf(input)).toEqual(expected);
  });

  it.each([
    ['ad hoc', { ...row, frequency: 'adHoc', due_rule: null }],
    ['periodic without a frequency', { ...row, frequency: 'periodic', due_rule: { month: 6, day: 5, strict: true } }],
    ['no due day', { ...row, frequency: 'annual', due_rule: null }],
  ])('cannot map %s (says why)', (_name, input) => {
    expect(typeof reportingDutyOf(input)).toBe('string');
  });
});
