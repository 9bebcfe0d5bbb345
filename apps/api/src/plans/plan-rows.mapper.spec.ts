import { parsePlanText, type ParsedPlan } from '@dondoc/plan-document';
import { decodeFileName, withoutNul } from './plan-import.service';
import { resolvePlanNames } from './plan-name-resolution';
import { buildPlanRows, importedStatus, planLookupKeys, vndString } from './plan-rows.mapper';

const ctx = (parsed: ParsedPlan) => ({
  planId: 'p1',
  revisionId: 'r1',
  fileName: 'ke-hoach.txt',
  createdBy: null,
  names: resolvePlanNames([], parsed).byKey,
  corrections: {},
  knownPlans: new Map([['599/KH-UBND@2022-03-16', 'plan-599']]),
});

describe('plan rows mapper', () => {
  it.each([
    [1_728_000_000, '1728000000'],
    [530e6, '530000000'],
    [0, '0'],
    [-5, null],
    [Number.NaN, null],
    [2 ** 60, null],
    ['530000000', null],
  ])('vndString(%p) = %p', (input, expected) => {
    expect(vndString(input)).toBe(expected);
  });

  it('keys cited plans by number/symbol, with and without the date', () => {
    expect(planLookupKeys('599/KH-UBND', '2022-03-16')).toEqual(['599/KH-UBND@2022-03-16', '599/KH-UBND']);
    expect(planLookupKeys('0599 / kh-ubnd', null)).toEqual(['599/KH-UBND']);
    expect(planLookupKeys('90/QĐ-TTg', null)).toEqual(['90/QĐ-TTG']);
    expect(planLookupKeys(null, null)).toEqual([]);
  });

  it('keeps an issued document issued and anything else a draft', () => {
    expect(importedStatus({ document: { status: 'issued' } } as ParsedPlan)).toBe('issued');
    expect(importedStatus({ document: { status: 'draft' } } as ParsedPlan)).toBe('draft');
    expect(importedStatus({ document: { status: 'weird' } } as unknown as ParsedPlan)).toBe('draft');
  });

  it('maps a parsed plan: section tree in pre-order with parents, assignees and duty parties under their rows', () => {
    const parsed = parsePlanText(
      [
        'ỦY BAN NHÂN DÂN',
        'XÃ TÂN HÒA',
        'Số: 12/KH-UBND',
        'Tân Hòa, ngày 05 tháng 01 năm 2024',
        'KẾ HOẠCH',
        'Giảm nghèo bền vững năm 2024',
        'I. MỤC TIÊU',
        '1. Mục tiêu chung',
        'Giảm tỷ lệ hộ nghèo.',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Công chức Văn hóa - Xã hội',
        'Chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã rà soát hộ nghèo. Định kỳ báo cáo 6 tháng (trước ngày 05/6) và báo cáo năm (trước ngày 15/12) về UBND xã.',
      ].join('\n'),
    );
    const rows = buildPlanRows(parsed, ctx(parsed));
    // Numbered and dated but unsigned: the importer calls it a draft, and so does the plan.
    expect(rows.plan).toMatchObject({
      id: 'p1',
      number: 12,
      symbol: 'KH-UBND',
      status: 'draft',
      source: 'imported',
      issuedOn: '2024-01-05',
    });
    expect(rows.revision).toMatchObject({ id: 'r1', planId: 'p1', number: 1 });
    const roots = rows.sections.filter((s) => s.parentId === null);
    expect(roots.map((s) => s.label)).toEqual(['I.', 'II.']);
    expect(rows.sections.map((s) => s.position)).toEqual(rows.sections.map((_, i) => i));
    for (const s of rows.sections.filter((x) => x.parentId !== null)) {
      expect(rows.sections.findIndex((p) => p.id === s.parentId)).toBeLessThan(rows.sections.indexOf(s));
    }
    expect(rows.assignees.every((a) => rows.responsibilities.some((r) => r.id === a.responsibilityId))).toBe(true);
    expect(rows.duties).toHaveLength(parsed.reportingDuties.length);
    expect(rows.duties.map((d) => d.dueRule)).toEqual(
      parsed.reportingDuties.map((d) => (d.due ? { month: d.due.month, day: d.due.day, strict: d.due.strict } : null)),
    );
    expect(rows.dutyParties.every((p) => rows.duties.some((d) => d.id === p.dutyId))).toBe(true);
  });

  it('survives a stored preview of another shape (older importer): neutral defaults, no throw', () => {
    const odd = {
      document: { title: null, status: 'issued', number: '12' },
      sections: [{ label: 'I.', kind: 'chapter', title: 'A', body: ['x', 3], children: null }],
      responsibilities: [
        {
          leads: [{ name: 'Sở Y tế' }, null, { key: 'no-name' }],
          coordinators: 'x',
          mode: 'ask',
          origin: 'nowhere',
          duties: null,
        },
      ],
      reportingDuties: [{ frequency: 'fortnightly', due: { day: 'x' } }],
      budget: { lines: [{ amountVnd: 1.5e9, estimate: 'yes' }], total: null },
      recipients: [{ name: 'Như trên', purpose: 'archive' }],
    } as unknown as ParsedPlan;
    const rows = buildPlanRows(odd, ctx(odd));
    expect(rows.plan).toMatchObject({ title: 'ke-hoach.txt', number: null, status: 'issued' });
    expect(rows.sections[0]).toMatchObject({ kind: 'heading', text: 'x' });
    expect(rows.responsibilities[0]).toMatchObject({ mode: 'order', origin: 'section', duties: '' });
    expect(rows.assignees).toEqual([
      expect.objectContaining({
        name: 'Sở Y tế',
        role: 'lead',
        organisationId: null,
        resolved: false,
        matchMethod: 'none',
      }),
    ]);
    expect(rows.duties[0]).toMatchObject({ frequency: 'periodic', dueRule: null, strict: true });
    expect(rows.budgetLines[0]).toMatchObject({ amountVnd: '1500000000', estimate: false });
    expect(rows.recipients[0]).toMatchObject({ organisationId: null, purpose: 'archive' });
  });

  it('links a legal basis to a plan already in dondoc', () => {
    const parsed = {
      document: { status: 'issued' },
      legalBases: [
        {
          text: 'Căn cứ Kế hoạch số 599/KH-UBND ngày 16/3/2022',
          number: '599/KH-UBND',
          date: '2022-03-16',
          relation: 'implements',
        },
      ],
    } as unknown as ParsedPlan;
    const rows = buildPlanRows(parsed, ctx(parsed));
    expect(rows.legalBases[0]).toMatchObject({ relatedPlanId: 'plan-599', relation: 'implements' });
    expect(rows.relations).toEqual([expect.objectContaining({ kind: 'implements', relatedPlanId: 'plan-599' })]);
  });

  it('decodes multipart file names read as latin1 back to UTF-8', () => {
    expect(decodeFileName(Buffer.from('Kế hoạch 35.docx', 'utf8').toString('latin1'))).toBe('Kế hoạch 35.docx');
    expect(decodeFileName('Kế hoạch.txt')).toBe('Kế hoạch.txt');
    expect(decodeFileName('C:\\Users\\a\\ke-hoach.txt')).toBe('ke-hoach.txt');
  });

  it('strips NUL characters that jsonb cannot store, and nothing else', () => {
    expect(withoutNul({ a: 'x\u0000y', b: ['lit \\u0000 text'], c: '\\\u0000' })).toEqual({
      a: 'xy',
      b: ['lit \\u0000 text'],
      c: '\\',
    });
    const clean = { a: 'Kế hoạch' };
    expect(withoutNul(clean)).toBe(clean);
  });
});
