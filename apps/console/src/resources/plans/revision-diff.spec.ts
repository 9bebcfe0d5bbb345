import { diffRevisions, type RevisionContent, wordDiff } from './revision-diff';

const empty: RevisionContent = { sections: [], targets: [], budgetLines: [], responsibilities: [] };
const text = (parts: { op: string; text: string }[]) =>
  parts.map((p) => `${p.op === 'same' ? '' : p.op === 'added' ? '+' : '-'}[${p.text}]`).join('');

describe('wordDiff', () => {
  it.each([
    ['Giảm tỷ lệ hộ nghèo 1%', 'Giảm tỷ lệ hộ nghèo 1,5%', '[Giảm tỷ lệ hộ nghèo ]-[1%]+[1,5%]'],
    ['Rà soát hộ nghèo', 'Rà soát hộ nghèo, hộ cận nghèo', '[Rà soát hộ ]+[nghèo, hộ cận ][nghèo]'],
    ['', 'Mới', '+[Mới]'],
    ['Cũ', '', '-[Cũ]'],
    ['Giữ nguyên', 'Giữ nguyên', '[Giữ nguyên]'],
  ])('%j → %j', (a, b, expected) => {
    expect(text(wordDiff(a, b))).toBe(expected);
  });

  it('joins back to each side', () => {
    const a = 'Phòng Văn hóa - Xã hội chủ trì, phối hợp với các cơ quan';
    const b = 'Công chức Văn hóa - Xã hội chủ trì, phối hợp với Tài chính - Kế toán';
    const parts = wordDiff(a, b);
    expect(
      parts
        .filter((p) => p.op !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(a);
    expect(
      parts
        .filter((p) => p.op !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(b);
  });
});

describe('diffRevisions', () => {
  const before: RevisionContent = {
    sections: [
      { label: 'I.', title: 'MỤC ĐÍCH, YÊU CẦU', text: 'Triển khai hiệu quả chương trình' },
      { label: 'II.', title: 'CHỈ TIÊU', text: null },
    ],
    targets: [{ text: 'Giảm tỷ lệ hộ nghèo 1% so với đầu năm' }, { text: 'Hỗ trợ 100% hộ nghèo có nhà ở' }],
    budgetLines: [{ text: 'Dự án 4: 530 triệu đồng', amountVnd: '530000000' }],
    responsibilities: [
      {
        itemPath: 'IV › 1',
        duties: 'Rà soát hộ nghèo',
        leads: ['Văn hóa - Xã hội'],
        coordinators: [],
        dueText: 'Quý I/2024',
      },
    ],
  };

  it('finds nothing between equal revisions', () => {
    expect(diffRevisions(before, before)).toEqual(empty);
  });

  it('reports changed, added and removed items with word-level changes', () => {
    const after: RevisionContent = {
      sections: [
        { label: 'I.', title: 'MỤC ĐÍCH, YÊU CẦU', text: 'Triển khai đồng bộ, hiệu quả chương trình' },
        { label: 'II.', title: 'CHỈ TIÊU', text: null },
      ],
      targets: [{ text: 'Giảm tỷ lệ hộ nghèo 1,5% so với đầu năm' }, { text: 'Giải quyết việc làm cho 200 lao động' }],
      budgetLines: [{ text: 'Dự án 4: 600 triệu đồng', amountVnd: '600000000' }],
      responsibilities: [
        {
          itemPath: 'IV › 1',
          duties: 'Rà soát hộ nghèo',
          leads: ['Văn hóa - Xã hội'],
          coordinators: ['Tài chính - Kế toán'],
          dueText: 'Quý II/2024',
        },
      ],
    };
    const d = diffRevisions(before, after);
    expect(d.sections).toEqual([
      {
        change: 'changed',
        label: 'I. MỤC ĐÍCH, YÊU CẦU',
        fields: [
          {
            field: 'text',
            parts: wordDiff('Triển khai hiệu quả chương trình', 'Triển khai đồng bộ, hiệu quả chương trình'),
          },
        ],
      },
    ]);
    expect(text(d.sections[0]!.fields[0]!.parts)).toBe('[Triển khai ]+[đồng bộ, ][hiệu quả chương trình]');
    expect(d.targets.map((t) => t.change)).toEqual(['removed', 'changed', 'added']);
    expect(d.targets[0]!.label).toBe('Hỗ trợ 100% hộ nghèo có nhà ở');
    expect(text(d.targets[1]!.fields[0]!.parts)).toBe('[Giảm tỷ lệ hộ nghèo ]-[1%]+[1,5%][ so với đầu năm]');
    expect(d.budgetLines).toEqual([
      expect.objectContaining({
        change: 'changed',
        fields: [expect.objectContaining({ field: 'text' }), expect.objectContaining({ field: 'amountVnd' })],
      }),
    ]);
    expect(d.responsibilities).toHaveLength(1);
    expect(d.responsibilities[0]!.fields.map((f) => f.field)).toEqual(['coordinators', 'dueText']);
  });

  it('pairs items by identity even when their text changed entirely', () => {
    const after = {
      ...before,
      sections: [{ label: 'I.', title: 'MỤC ĐÍCH, YÊU CẦU', text: 'Nội dung khác hẳn' }, before.sections[1]!],
    };
    expect(diffRevisions(before, after).sections.map((s) => s.change)).toEqual(['changed']);
  });
});
