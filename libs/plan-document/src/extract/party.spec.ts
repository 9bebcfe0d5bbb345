import { partyRef, splitParties } from './party';

describe('splitParties', () => {
  it.each([
    ['Sở Tài chính, các sở ngành có liên quan; UBND cấp huyện', ['Sở Tài chính', 'các sở ngành có liên quan', 'UBND cấp huyện']],
    ['UBND các huyện, thị xã, thành phố; các Hội, đoàn thể tỉnh', ['UBND các huyện, thị xã, thành phố', 'các Hội, đoàn thể tỉnh']],
    ['Các Sở: Nông nghiệp và Phát triển nông thôn, Công thương, Xây dựng', ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Công thương', 'Sở Xây dựng']],
    ['Sở Nông nghiệp và PTNT, Hội Nông dân tỉnh', ['Sở Nông nghiệp và PTNT', 'Hội Nông dân tỉnh']],
    ['Sở Tài chính và UBND cấp huyện', ['Sở Tài chính', 'UBND cấp huyện']],
    ['Đài Phát thanh và Truyền hình tỉnh, Báo BRVT', ['Đài Phát thanh và Truyền hình tỉnh', 'Báo BRVT']],
    ['UBMTTQVN tỉnh, Sở Xây dựng', ['UBMTTQVN tỉnh', 'Sở Xây dựng']],
    ['Sở Giáo dục và Đào tạo', ['Sở Giáo dục và Đào tạo']],
    ['Đề nghị Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên, Ủy ban MTTQ xã', ['Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Đoàn Thanh niên', 'Ủy ban MTTQ xã']],
  ])('%s', (input, expected) => {
    expect(splitParties(input).map((p) => p.name)).toEqual(expected);
  });
});

describe('partyRef', () => {
  it.each([
    ['Sở Y tế', 'organisation', true],
    ['UBND các xã, phường', 'group', true],
    ['Công chức Tư pháp - Hộ tịch', 'position', true],
    ['Trưởng các khu phố', 'position', true],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam xã', 'organisation', false],
    ['Hội Nông dân tỉnh', 'organisation', false],
    ['Hội đồng nhân dân tỉnh', 'organisation', true],
    ['Đảng ủy xã', 'organisation', false],
    ['tuyên truyền, vận động', 'unknown', true],
  ])('%s → %s', (name, kind, state) => {
    expect(partyRef(name)).toMatchObject({ kind, isStateAdministrative: state });
  });
});
