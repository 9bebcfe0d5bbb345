import type { OrganisationKind } from '../organisations/organisation.entity';
import type { AdministrativeUnitLevel } from '../organisations/administrative-unit.entity';
import type { SuccessionKind } from '../organisations/succession.types';
import type { Role } from '../users/user.entity';

/** The password of every demo login. */
export const DEMO_PASSWORD = 'Dondoc@2026';

// A fictional but realistic commune after the 2025 reform ("xã Tân Hòa", tỉnh Thái Nguyên),
// shaped like the sample plans: UBND xã with its civil servants, the Front and mass organisations.

export interface DemoUnit {
  code: string;
  name: string;
  level: AdministrativeUnitLevel;
  parent?: string;
  validFrom?: string;
  validTo?: string;
}

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'tinh-thai-nguyen', name: 'Tỉnh Thái Nguyên', level: 'province', validFrom: '2025-07-01' },
  { code: 'tinh-bac-kan', name: 'Tỉnh Bắc Kạn', level: 'province', validTo: '2025-06-30' },
  { code: 'huyen-cho-moi', name: 'Huyện Chợ Mới', level: 'district', parent: 'tinh-bac-kan', validTo: '2025-06-30' },
  { code: 'xa-tan-hoa-cu', name: 'Xã Tân Hòa (cũ)', level: 'commune', parent: 'huyen-cho-moi', validTo: '2025-06-30' },
  { code: 'xa-tan-hoa', name: 'Xã Tân Hòa', level: 'commune', parent: 'tinh-thai-nguyen', validFrom: '2025-07-01' },
];

export const DEMO_UNIT_SUCCESSIONS: {
  predecessor: string;
  successor: string;
  kind: SuccessionKind;
  effectiveOn: string;
  basis: string;
}[] = [
  {
    predecessor: 'tinh-bac-kan',
    successor: 'tinh-thai-nguyen',
    kind: 'merged-into',
    effectiveOn: '2025-07-01',
    basis: 'Nghị quyết số 202/2025/QH15',
  },
  {
    predecessor: 'xa-tan-hoa-cu',
    successor: 'xa-tan-hoa',
    kind: 'merged-into',
    effectiveOn: '2025-07-01',
    basis: 'Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã năm 2025',
  },
];

export interface DemoOrganisation {
  code: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  unit: string;
  parent?: string;
  aliases?: string[];
  isStateAdministrative: boolean;
  validFrom?: string;
  validTo?: string;
}

const X = 'xa-tan-hoa';
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    code: 'so-ldtbxh-bac-kan',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn',
    shortName: 'Sở LĐTBXH',
    kind: 'department',
    unit: 'tinh-bac-kan',
    aliases: ['Sở LĐTB&XH', 'LĐTBXH'],
    isStateAdministrative: true,
    validTo: '2025-02-28',
  },
  {
    code: 'so-nnmt-thai-nguyen',
    name: 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên',
    shortName: 'Sở NN&MT',
    kind: 'department',
    unit: 'tinh-thai-nguyen',
    aliases: ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    isStateAdministrative: true,
    validFrom: '2025-03-01',
  },
  {
    code: `${X}.ubnd`,
    name: 'Ủy ban nhân dân xã Tân Hòa',
    shortName: 'UBND xã',
    kind: 'peoples-committee',
    unit: X,
    aliases: ['UBND xã Tân Hòa', 'UBND xã'],
    isStateAdministrative: true,
    validFrom: '2025-07-01',
  },
  {
    code: `${X}.van-phong`,
    name: 'Văn phòng - Thống kê',
    kind: 'department',
    unit: X,
    parent: `${X}.ubnd`,
    aliases: ['Văn phòng UBND xã', 'VP-TK'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.vhxh`,
    name: 'Văn hóa - Xã hội',
    kind: 'department',
    unit: X,
    parent: `${X}.ubnd`,
    aliases: ['VH-XH', 'Văn hoá - Xã hội', 'LĐTBXH', 'LĐTB&XH'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.tai-chinh`,
    name: 'Tài chính - Kế toán',
    kind: 'department',
    unit: X,
    parent: `${X}.ubnd`,
    aliases: ['TC-KT', 'Tài chính – Kế toán'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.dia-chinh`,
    name: 'Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    kind: 'department',
    unit: X,
    parent: `${X}.ubnd`,
    aliases: ['Địa chính', 'ĐC-NN-XD&MT'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.tu-phap`,
    name: 'Tư pháp - Hộ tịch',
    kind: 'department',
    unit: X,
    parent: `${X}.ubnd`,
    aliases: ['TP-HT'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.dang-uy`,
    name: 'Đảng ủy xã Tân Hòa',
    kind: 'party-committee',
    unit: X,
    aliases: ['Đảng ủy xã'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.mttq`,
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hòa',
    shortName: 'UBMTTQ xã',
    kind: 'fatherland-front',
    unit: X,
    aliases: ['UBMTTQVN', 'UBMTTQ', 'MTTQ', 'Mặt trận Tổ quốc'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.hoi-lhpn`,
    name: 'Hội Liên hiệp Phụ nữ xã Tân Hòa',
    shortName: 'Hội LHPN',
    kind: 'mass-organisation',
    unit: X,
    parent: `${X}.mttq`,
    aliases: ['Hội Phụ nữ', 'Hội LHPN'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.hoi-nong-dan`,
    name: 'Hội Nông dân xã Tân Hòa',
    shortName: 'Hội ND',
    kind: 'mass-organisation',
    unit: X,
    parent: `${X}.mttq`,
    aliases: ['Hội Nông dân'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.hoi-ccb`,
    name: 'Hội Cựu chiến binh xã Tân Hòa',
    shortName: 'Hội CCB',
    kind: 'mass-organisation',
    unit: X,
    parent: `${X}.mttq`,
    aliases: ['Hội CCB'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.doan-tn`,
    name: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Tân Hòa',
    shortName: 'Đoàn TN',
    kind: 'mass-organisation',
    unit: X,
    parent: `${X}.mttq`,
    aliases: ['Đoàn Thanh niên', 'Xã Đoàn'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.tram-y-te`,
    name: 'Trạm Y tế xã Tân Hòa',
    kind: 'health-station',
    unit: X,
    aliases: ['Trạm Y tế'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.truong-th`,
    name: 'Trường Tiểu học Tân Hòa',
    kind: 'school',
    unit: X,
    aliases: ['Trường TH'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.truong-thcs`,
    name: 'Trường Trung học cơ sở Tân Hòa',
    kind: 'school',
    unit: X,
    aliases: ['Trường THCS'],
    isStateAdministrative: true,
  },
  {
    code: `${X}.nhcsxh`,
    name: 'Điểm giao dịch Ngân hàng Chính sách xã hội xã Tân Hòa',
    kind: 'policy-bank',
    unit: X,
    aliases: ['NHCSXH', 'Ngân hàng CSXH'],
    isStateAdministrative: false,
  },
  {
    code: `${X}.thon-na-hang`,
    name: 'Thôn Nà Hàng',
    kind: 'neighbourhood',
    unit: X,
    aliases: ['Trưởng thôn Nà Hàng'],
    isStateAdministrative: false,
  },
];

export const DEMO_ORGANISATION_SUCCESSIONS: {
  predecessor: string;
  successor: string;
  kind: SuccessionKind;
  effectiveOn: string;
  scope: string;
  basis: string;
}[] = [
  {
    predecessor: 'so-ldtbxh-bac-kan',
    successor: 'so-nnmt-thai-nguyen',
    kind: 'functions-transferred',
    effectiveOn: '2025-03-01',
    scope: 'giảm nghèo',
    basis: 'Sắp xếp tổ chức bộ máy năm 2025',
  },
];

export interface DemoPosition {
  code: string;
  title: string;
  portfolio?: string;
  organisation: string;
}

export const DEMO_POSITIONS: DemoPosition[] = [
  { code: `${X}.chu-tich`, title: 'Chủ tịch UBND xã', organisation: `${X}.ubnd` },
  {
    code: `${X}.pct-vhxh`,
    title: 'Phó Chủ tịch UBND xã',
    portfolio: 'phụ trách khối Văn hóa - Xã hội',
    organisation: `${X}.ubnd`,
  },
  {
    code: `${X}.cc-vanphong`,
    title: 'Công chức Văn phòng - Thống kê',
    portfolio: 'văn thư, lưu trữ',
    organisation: `${X}.van-phong`,
  },
  {
    code: `${X}.cc-vhxh-ldtbxh`,
    title: 'Công chức Văn hóa - Xã hội',
    portfolio: 'phụ trách Lao động - Thương binh và Xã hội',
    organisation: `${X}.vhxh`,
  },
  {
    code: `${X}.cc-vhxh-vhtt`,
    title: 'Công chức Văn hóa - Xã hội',
    portfolio: 'phụ trách Văn hóa - Thông tin',
    organisation: `${X}.vhxh`,
  },
  { code: `${X}.cc-taichinh`, title: 'Công chức Tài chính - Kế toán', organisation: `${X}.tai-chinh` },
  {
    code: `${X}.cc-diachinh`,
    title: 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường',
    organisation: `${X}.dia-chinh`,
  },
  { code: `${X}.cc-tuphap`, title: 'Công chức Tư pháp - Hộ tịch', organisation: `${X}.tu-phap` },
  {
    code: 'so-nnmt-thai-nguyen.chuyen-vien-giam-ngheo',
    title: 'Chuyên viên',
    portfolio: 'phụ trách giảm nghèo',
    organisation: 'so-nnmt-thai-nguyen',
  },
];

export interface DemoUser {
  username: string;
  fullName: string;
  roles: Role[];
  organisation: string;
  position?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', roles: ['admin'], organisation: `${X}.van-phong` },
  {
    username: 'chutich',
    fullName: 'Nguyễn Văn Hùng',
    roles: ['leader'],
    organisation: `${X}.ubnd`,
    position: `${X}.chu-tich`,
  },
  {
    username: 'phochutich',
    fullName: 'Hoàng Thị Lan',
    roles: ['leader'],
    organisation: `${X}.ubnd`,
    position: `${X}.pct-vhxh`,
  },
  {
    username: 'vanthu',
    fullName: 'Lê Thị Hương',
    roles: ['clerk'],
    organisation: `${X}.van-phong`,
    position: `${X}.cc-vanphong`,
  },
  {
    username: 'vhxh',
    fullName: 'Nông Văn Đức',
    roles: ['department'],
    organisation: `${X}.vhxh`,
    position: `${X}.cc-vhxh-ldtbxh`,
  },
  {
    username: 'taichinh',
    fullName: 'Trần Thị Thu Trang',
    roles: ['department'],
    organisation: `${X}.tai-chinh`,
    position: `${X}.cc-taichinh`,
  },
  {
    username: 'sonnmt',
    fullName: 'Phạm Quốc Việt',
    roles: ['standing-agency'],
    organisation: 'so-nnmt-thai-nguyen',
    position: 'so-nnmt-thai-nguyen.chuyen-vien-giam-ngheo',
  },
];

export interface DemoSigningAuthority {
  username: string;
  /** The issuing organisation they sign for. */
  agency: string;
  capacity: 'TM' | 'KT' | 'TUQ' | 'TL' | 'Q' | 'head';
  position?: string;
  validFrom: string;
  basis: string;
}

/** The demo leaders' signing authority (Decree 30 Art. 13): the chairman for the committee, the deputy for the chairman. */
export const DEMO_SIGNING_AUTHORITIES: DemoSigningAuthority[] = [
  {
    username: 'chutich',
    agency: `${X}.ubnd`,
    capacity: 'TM',
    position: `${X}.chu-tich`,
    validFrom: '2025-07-01T00:00:00+07:00',
    basis: 'Chủ tịch UBND xã ký thay mặt tập thể UBND xã',
  },
  {
    username: 'phochutich',
    agency: `${X}.ubnd`,
    capacity: 'KT',
    position: `${X}.pct-vhxh`,
    validFrom: '2025-07-01T00:00:00+07:00',
    basis: 'Phó Chủ tịch UBND xã ký thay Chủ tịch theo lĩnh vực được phân công',
  },
];
