import { formatVnd, outlineLines, sourceLines, spanLines } from './import-format';

describe('formatVnd', () => {
  it.each([
    [1_728_000_000, '1.728.000.000 đ'],
    [0, '0 đ'],
    [999, '999 đ'],
    [1000, '1.000 đ'],
    [-25_000, '-25.000 đ'],
    [null, '—'],
  ])('%p → %p', (amount, text) => {
    expect(formatVnd(amount)).toBe(text);
  });
});

describe('spanLines', () => {
  it.each([
    [
      { kind: 'line', line: 45, endLine: 55 },
      { from: 45, to: 55 },
    ],
    [
      { kind: 'paragraph', paragraph: 3, endParagraph: 3 },
      { from: 3, to: 3 },
    ],
    [
      { kind: 'tableCell', table: 2, row: 11, column: 3, endRow: 11, line: 154 },
      { from: 154, to: 154 },
    ],
    [{ kind: 'tableCell', table: 2, row: 11, column: 3, endRow: 11 }, null],
  ] as const)('%j → %j', (span, lines) => {
    expect(spanLines(span)).toEqual(lines);
  });
});

describe('sourceLines', () => {
  it('counts lines from 1 like the importer: BOM dropped, CRLF and CR are line ends', () => {
    expect(sourceLines('\uFEFFa\r\nb\rc\n')).toEqual(['a', 'b', 'c', '']);
  });
});

describe('outlineLines', () => {
  it('places every heading at its first line, children included', () => {
    const s = (label: string, title: string, line: number, children = []) => ({
      label,
      title,
      body: [],
      span: { kind: 'line' as const, line, endLine: line },
      children,
    });
    const outline = outlineLines([{ ...s('I.', 'MỤC ĐÍCH', 10), children: [s('1.', 'Mục đích', 12)] as never }]);
    expect([...outline]).toEqual([
      [10, 'I. MỤC ĐÍCH'],
      [12, '1. Mục đích'],
    ]);
  });
});
