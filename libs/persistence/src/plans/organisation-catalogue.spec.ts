import { buildCatalogue, resolveOrganisationName } from './organisation-catalogue';

const row = (
  id: string,
  name: string,
  aliases: string[] = [],
  extra: { shortName?: string; validFrom?: string; validTo?: string } = {},
) => ({
  id,
  name,
  shortName: extra.shortName ?? null,
  aliases,
  validFrom: extra.validFrom ?? null,
  validTo: extra.validTo ?? null,
});

const catalogue = buildCatalogue([
  row('ubnd', 'Ủy ban nhân dân xã Tân Hòa', ['UBND xã Tân Hòa', 'UBND xã'], { shortName: 'UBND xã' }),
  row('vhxh', 'Văn hóa - Xã hội', ['VH-XH', 'LĐTBXH']),
  row('mttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hòa', ['UBMTTQ']),
  row('lhpn', 'Hội Liên hiệp Phụ nữ xã Tân Hòa', ['Hội Phụ nữ', 'Hội LHPN']),
  row('tyt', 'Trạm Y tế xã Tân Hòa', ['Trạm Y tế']),
  row('so-old', 'Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn', ['LĐTBXH'], { validTo: '2025-02-28' }),
]);

describe('resolveOrganisationName', () => {
  it.each([
    ['Ủy ban nhân dân xã Tân Hòa', 'ubnd', 'exact'],
    ['UBND xã Tân Hoà', 'ubnd', 'exact'],
    ['Văn hoá – Xã hội', 'vhxh', 'exact'],
    ['UBMTTQVN xã Tân Hòa', 'mttq', 'exact'],
    ['Hội LHPN', 'lhpn', 'alias'],
    ['hoi phu nu', 'lhpn', 'alias'],
    ['Trạm Y tế xã', 'tyt', 'contains'],
    ['Công chức Văn hóa - Xã hội phụ trách LĐTBXH', 'vhxh', 'contains'],
  ])('%s → %s by %s', (name, id, method) => {
    const m = resolveOrganisationName(catalogue, name);
    expect({ id: m.organisationId, method: m.method }).toEqual({ id, method });
    expect(m.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('leaves unknown bodies and group selectors unresolved', () => {
    expect(resolveOrganisationName(catalogue, 'Sở Tư pháp').organisationId).toBeNull();
    expect(resolveOrganisationName(catalogue, 'UBND các xã, phường', { isGroup: true })).toMatchObject({
      organisationId: null,
      method: 'none',
    });
    expect(resolveOrganisationName(catalogue, 'Ủy ban nhân dân xã Thượng Lộ').organisationId).toBeNull();
  });

  it('does not guess between two organisations sharing an alias, but lists both', () => {
    const m = resolveOrganisationName(catalogue, 'LĐTBXH', { asOf: '2024-06-01' });
    expect(m.organisationId).toBeNull();
    expect(m.candidates.map((c) => c.organisationId).sort()).toEqual(['so-old', 'vhxh']);
  });

  it('prefers the organisation valid on the document date', () => {
    const m = resolveOrganisationName(catalogue, 'LĐTBXH', { asOf: '2026-01-01' });
    expect(m.organisationId).toBe('vhxh');
  });
});
