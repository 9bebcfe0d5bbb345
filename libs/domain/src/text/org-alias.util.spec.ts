import { organisationKey, sameOrganisation } from './org-alias.util';

describe('organisationKey', () => {
  it.each([
    ['Sở LĐTB&XH', 'so lao dong thuong binh xa hoi'],
    ['Sở LĐTBXH', 'so lao dong thuong binh xa hoi'],
    ['Sở Lao động – Thương binh và Xã hội', 'so lao dong thuong binh xa hoi'],
    ['Bộ LD-TB&XH', 'bo lao dong thuong binh xa hoi'],
    ['Phòng Lao động – TB&XH huyện', 'phong lao dong thuong binh xa hoi huyen'],
    ['Sở NN&PTNT', 'so nong nghiep phat trien nong thon'],
    ['Sở Nông nghiệp và PTNT', 'so nong nghiep phat trien nong thon'],
    ['Sở Nông nghiệp và Phát triển nông thôn', 'so nong nghiep phat trien nong thon'],
    ['UBMTTQVN tỉnh', 'mat tran to quoc tinh'],
    ['Ủy ban MTTQ tỉnh', 'mat tran to quoc tinh'],
    ['Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh', 'mat tran to quoc tinh'],
    ['Ngân hàng Chính sách xã hội tỉnh', 'ngan hang chinh sach xa hoi tinh'],
    ['NHCSXH tỉnh', 'ngan hang chinh sach xa hoi tinh'],
    ['UBND cấp huyện', 'uy ban nhan dan cap huyen'],
    ['Thường trực HĐND xã', 'thuong truc hoi dong nhan dan xa'],
    ['Công chức VH-XH', 'cong chuc van hoa xa hoi'],
    ['Sở Tư pháp (Trung tâm Trợ giúp pháp lý)', 'so tu phap'],
    ['người dân tộc DTTS', 'nguoi dan toc dan toc thieu so'],
    ['Bảo hiểm xã hội tỉnh', 'bao hiem xa hoi tinh'],
    ['\u00D0oàn Thanh niên', 'doan thanh nien'],
  ])('%s → %s', (input, expected) => {
    expect(organisationKey(input)).toBe(expected);
  });

  it.each([
    ['Sở LĐTB&XH', 'Sở Lao động - Thương binh và Xã hội', true],
    ['Sở Văn hoá và Thể thao', 'Sở Văn hóa và Thể thao', true],
    ['Sở Y tế', 'Sở Tư pháp', false],
    ['BHYT', 'Bảo hiểm y tế', true],
  ])('sameOrganisation(%s, %s) = %s', (a, b, expected) => {
    expect(sameOrganisation(a, b)).toBe(expected);
  });
});
