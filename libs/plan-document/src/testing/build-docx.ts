import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Escapes text for XML. */
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A w:p; `num` = [numId, ilvl] for Word automatic numbering; runs split text into several w:r. */
export function p(text: string | string[], num?: [number, number]): string {
  const runs = (Array.isArray(text) ? text : [text]).map((t) => (t === '\n' ? '<w:r><w:br/></w:r>' : `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`)).join('');
  const pPr = num ? `<w:pPr><w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr></w:pPr>` : '';
  return `<w:p>${pPr}${runs}</w:p>`;
}

export interface CellSpec {
  text: string | string[];
  gridSpan?: number;
  vMerge?: 'restart' | 'continue';
}

/** A w:tbl from rows of cells (strings or specs with gridSpan / vMerge). */
export function tbl(rows: Array<Array<string | CellSpec>>): string {
  const tr = rows
    .map((row) => {
      const tcs = row
        .map((c) => {
          const spec: CellSpec = typeof c === 'string' ? { text: c } : c;
          const pr = [spec.gridSpan ? `<w:gridSpan w:val="${spec.gridSpan}"/>` : '', spec.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : spec.vMerge === 'continue' ? '<w:vMerge/>' : ''].join('');
          const paras = (Array.isArray(spec.text) ? spec.text : [spec.text]).map((t) => p(t)).join('');
          return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${paras || '<w:p/>'}</w:tc>`;
        })
        .join('');
      return `<w:tr>${tcs}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr/>${tr}</w:tbl>`;
}

export const documentXml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;

/** numbering.xml with numId 1 = upper roman "I.", numId 2 = decimal "1." / "1.1.", numId 3 = bullet "-". */
export const NUMBERING_XML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>`;

/** Builds a minimal .docx in memory (what Word needs to open it, and what the importer reads). */
export async function buildDocx(docXml: string | null, options: { numberingXml?: string; extra?: Record<string, string | Uint8Array> } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  if (docXml !== null) zip.file('word/document.xml', docXml);
  if (options.numberingXml) zip.file('word/numbering.xml', options.numberingXml);
  for (const [name, content] of Object.entries(options.extra ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
