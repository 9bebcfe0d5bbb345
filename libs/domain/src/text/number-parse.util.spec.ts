import { findMoneyAmounts, findQuantities, parseMoney, parsePercent, parseQuantity, parseVietnameseNumber } from './number-parse.util';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.728', 1728],
    ['3,91', 3.91],
    ['25.000.000', 25_000_000],
    ['01', 1],
    ['1.234,5', 1234.5],
    ['2.5', 2.5],
    ['abc', null],
  ])('%s → %s', (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });
});

describe('money', () => {
  it.each([
    ['Dự kiến 530 triệu đồng', 530_000_000],
    ['1.728 triệu đồng', 1_728_000_000],
    ['25.000.000đ', 25_000_000],
    ['25.000.000 VNĐ', 25_000_000],
    ['2,5 tỷ đồng', 2_500_000_000],
    ['1,2 tỷ', 1_200_000_000],
    ['500 nghìn đồng', 500_000],
    ['1.728 tr.đ', 1_728_000_000],
    ['1.728 trđ', 1_728_000_000],
    ['3,91%', null],
    ['năm 2024', null],
  ])('%s → %s', (input, expected) => {
    expect(parseMoney(input)).toBe(expected);
  });

  it('marks estimates and keeps the text', () => {
    expect(findMoneyAmounts('Nguồn vốn thực hiện: Dự kiến 342 triệu đồng.')).toEqual([
      { amountVnd: 342_000_000, text: '342 triệu đồng', index: 29, estimate: true },
    ]);
  });
});

describe('quantities', () => {
  it.each([
    ['Trên 95% tỷ lệ trẻ em', { comparator: 'gt', value: 95, unit: '%' }],
    ['ít nhất 85% hộ', { comparator: 'gte', value: 85, unit: '%' }],
    ['tối thiểu 70% lao động', { comparator: 'gte', value: 70, unit: '%' }],
    ['có 1-2 người lao động', { comparator: 'range', value: 1, max: 2, unit: 'người' }],
    ['giảm còn 3,91%', { comparator: 'lte', value: 3.91, unit: '%' }],
    ['(Giảm 01 hộ nghèo)', { comparator: 'reduceBy', value: 1, unit: 'hộ' }],
    ['100% người thuộc hộ nghèo', { comparator: 'eq', value: 100, unit: '%' }],
    ['không quá 2% ', { comparator: 'lte', value: 2, unit: '%' }],
    ['dưới 16 tuổi', null],
    ['năm 2024', null],
  ])('%s', (input, expected) => {
    const q = parseQuantity(input);
    if (expected === null) expect(q).toBeNull();
    else expect(q).toMatchObject(expected);
  });

  it('finds several quantities in order', () => {
    expect(findQuantities('giảm còn 3,91% (Giảm 01 hộ nghèo)').map((q) => [q.comparator, q.value, q.unit])).toEqual([
      ['lte', 3.91, '%'],
      ['reduceBy', 1, 'hộ'],
    ]);
  });

  it('parsePercent', () => {
    expect(parsePercent('tỷ lệ 0,32% so với')).toBe(0.32);
    expect(parsePercent('không có')).toBeNull();
  });
});
