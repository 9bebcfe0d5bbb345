import { canonicalizeTones, matchesSearch, normalizeText, normalizeUnicode, stripDiacritics, toSearchKey } from './normalize-text.util';

describe('normalizeText', () => {
  it.each([
    ['NFD to NFC', 'gia\u0309m ngh\u00E8o'.normalize('NFD'), 'giảm nghèo'],
    ['ETH to Đ', '\u00D0ảng ủy', 'Đảng ủy'],
    ['en dash', 'Lao động \u2013 Thương binh', 'Lao động - Thương binh'],
    ['em dash', 'a\u2014b', 'a-b'],
    ['NBSP and zero-width', 'Sở\u00A0Y\u200B tế', 'Sở Y tế'],
    ['BOM', '\uFEFFKẾ HOẠCH', 'KẾ HOẠCH'],
    ['space runs', '  a \t  b  ', 'a b'],
    ['curly quotes', '\u201CVì người nghèo\u201D', '"Vì người nghèo"'],
    ['old tone placement', 'xoá đói, hoà nhập, uỷ ban, thuỷ lợi, khoẻ', 'xóa đói, hòa nhập, ủy ban, thủy lợi, khỏe'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps dashes in normalizeUnicode (display text)', () => {
    expect(normalizeUnicode('a\u2013b\u00A0c')).toBe('a\u2013b c');
  });
});

describe('canonicalizeTones', () => {
  it.each([
    ['hoá', 'hóa'],
    ['Hoá', 'Hóa'],
    ['uỷ', 'ủy'],
    ['Uỷ', 'Ủy'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['hóa', 'hóa'],
    ['quý', 'quý'], // qu + y: tone stays on y
    ['hoàng', 'hoàng'], // closed syllable: both styles agree
    ['tuyến', 'tuyến'],
    ['ủy', 'ủy'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeTones(input)).toBe(expected);
  });

  it('makes old and new styles equal', () => {
    expect(canonicalizeTones('Văn hoá')).toBe(canonicalizeTones('Văn hóa'));
  });
});

describe('search keys', () => {
  it.each([
    ['Giảm nghèo', 'giam ngheo'],
    ['ĐẢNG ỦY', 'dang uy'],
    ['Lao động – Thương binh', 'lao dong thuong binh'],
    ['\u00D0oàn', 'doan'],
  ])('%s → %s', (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });

  it.each([
    ['Chương trình giảm nghèo bền vững', 'giam ngheo', true],
    ['Chương trình giảm nghèo bền vững', 'GIẢM NGHÈO', true],
    ['Chương trình giảm nghèo bền vững', 'hoa', false],
    ['Văn hoá xã hội', 'văn hóa', true],
  ])('matchesSearch(%s, %s) = %s', (text, q, expected) => {
    expect(matchesSearch(text, q)).toBe(expected);
  });

  it('stripDiacritics keeps case', () => {
    expect(stripDiacritics('Đặng Minh Thông')).toBe('Dang Minh Thong');
  });
});
