import type { DocumentBlock, TableCellBlock } from '../blocks/document-block.types';
import { NumberingRenderer } from './numbering';
import { childElements, firstChild, parseXmlTree, type XmlElement } from './xml-tree';

const SKIP = new Set(['w:del', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:tcPr', 'w:trPr', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:fldData']);

/**
 * Turns word/document.xml into blocks: paragraphs (with Word's automatic numbering rendered as a
 * label) and tables as grids (gridSpan spreads a cell, vMerge repeats the cell above so a merged
 * "Cơ quan chủ trì" applies to every row it spans). Spans count body blocks from 1.
 */
export function docxToBlocks(documentXml: string, numberingXml: string | null): DocumentBlock[] {
  const root = parseXmlTree(documentXml);
  const doc = firstChild(root, 'w:document');
  const body = doc ? firstChild(doc, 'w:body') : undefined;
  if (!body) return [];
  const numbering = new NumberingRenderer(numberingXml);
  const blocks: DocumentBlock[] = [];
  let paragraph = 0;
  let table = 0;

  const visit = (el: XmlElement) => {
    for (const child of childElements(el)) {
      if (child.name === 'w:p') {
        paragraph++;
        const { text, heading } = paragraphText(child, numbering);
        for (const line of text.split('\n')) {
          blocks.push({ kind: 'paragraph', text: line, heading, span: { kind: 'paragraph', paragraph, endParagraph: paragraph } });
        }
      } else if (child.name === 'w:tbl') {
        paragraph++;
        table++;
        blocks.push({ kind: 'table', rows: tableRows(child, table, paragraph, numbering), span: { kind: 'paragraph', paragraph, endParagraph: paragraph } });
      } else if (child.name === 'w:sdt' || child.name === 'w:sdtContent' || child.name === 'w:customXml') {
        visit(child);
      }
    }
  };
  visit(body);
  return blocks;
}

function paragraphText(p: XmlElement, numbering: NumberingRenderer): { text: string; heading: boolean } {
  const pPr = firstChild(p, 'w:pPr');
  const style = pPr ? firstChild(pPr, 'w:pStyle')?.attrs['w:val'] ?? '' : '';
  const numPr = pPr ? firstChild(pPr, 'w:numPr') : undefined;
  let label = '';
  if (numPr) {
    const numId = firstChild(numPr, 'w:numId')?.attrs['w:val'];
    const ilvl = Number(firstChild(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0);
    if (numId && numId !== '0') label = numbering.next(numId, ilvl) ?? '';
  }
  let text = '';
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (SKIP.has(c.name)) continue;
      if (c.name === 'w:t') text += c.children.filter((x): x is string => typeof x === 'string').join('');
      else if (c.name === 'w:tab') text += '\t';
      else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
      else if (c.name === 'w:noBreakHyphen') text += '-';
      else if (c.name === 'w:p') {
        text += '\n';
        walk(c);
      } else walk(c);
    }
  };
  walk(p);
  return { text: label ? `${label} ${text}` : text, heading: /^(heading|tieude|title)/i.test(style) };
}

function tableRows(tbl: XmlElement, table: number, paragraph: number, numbering: NumberingRenderer): TableCellBlock[][] {
  const rows: TableCellBlock[][] = [];
  let r = 0;
  for (const tr of childElements(tbl, 'w:tr')) {
    r++;
    const row: TableCellBlock[] = [];
    let col = 0;
    for (const tc of childElements(tr, 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.max(1, Number((tcPr && firstChild(tcPr, 'w:gridSpan')?.attrs['w:val']) ?? 1));
      const vMerge = tcPr ? firstChild(tcPr, 'w:vMerge') : undefined;
      const continued = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
      const parts: string[] = [];
      for (const p of childElements(tc)) {
        if (p.name === 'w:p') parts.push(paragraphText(p, numbering).text);
        else if (p.name === 'w:tbl') for (const nested of tableRows(p, table, paragraph, numbering)) parts.push(nested.map((c) => c.text).join(' '));
      }
      let text = parts.join('\n').trim();
      let mergedFromAbove = false;
      if (continued) {
        const above = rows[rows.length - 1]?.[col];
        if (above) {
          text = above.text;
          mergedFromAbove = true;
        }
      }
      const cell: TableCellBlock = { text, span: { kind: 'tableCell', table, row: r, column: col + 1, endRow: r, paragraph }, ...(mergedFromAbove ? { mergedFromAbove } : {}) };
      row.push(cell);
      col++;
      // A horizontally merged cell fills its grid columns with empty cells so columns stay aligned.
      for (let k = 1; k < span; k++) {
        row.push({ text: '', span: { kind: 'tableCell', table, row: r, column: col + 1, endRow: r, paragraph } });
        col++;
      }
    }
    rows.push(row);
  }
  return rows;
}
