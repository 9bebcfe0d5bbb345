import { compareVietnamese } from './collation.util';

describe('compareVietnamese', () => {
  it.each([
    ['d before đ', 'da', 'đa', -1],
    ['đ before e', 'đa', 'ea', -1],
    ['u before ư', 'us', 'ưa', -1],
    ['a before ă before â', 'an', 'ăn', -1],
    ['tone order: ngang < huyền', 'ma', 'mà', -1],
    ['tone order: hỏi < ngã < sắc < nặng', 'mả', 'mã', -1],
    ['sắc < nặng', 'má', 'mạ', -1],
    ['letters before tones', 'mà', 'mb', -1],
    ['equal', 'Hóa', 'Hoá', 0],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareVietnamese(a, b))).toBe(sign);
    expect(Math.sign(compareVietnamese(b, a))).toBe(-sign || 0);
  });

  it('sorts a list of agencies in dictionary order', () => {
    const list = ['Sở Y tế', 'Sở Tư pháp', 'Ban Dân tộc', 'Đài Phát thanh', 'Sở Tài chính', 'Bảo hiểm xã hội', 'Công an'];
    expect([...list].sort(compareVietnamese)).toEqual(['Ban Dân tộc', 'Bảo hiểm xã hội', 'Công an', 'Đài Phát thanh', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Y tế']);
  });
});
