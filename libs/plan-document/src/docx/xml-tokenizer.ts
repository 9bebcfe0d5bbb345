import { PlanDocumentError, PlanDocumentErrorCode } from '../plan-document-error';

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return ENTITIES[e] ?? all;
  });
}

/**
 * A small, strict-enough XML event reader for WordprocessingML: elements, attributes, text;
 * comments, processing instructions and CDATA handled; mismatched tags rejected as INVALID_XML.
 * No DTDs or external entities are ever resolved.
 */
export function* tokenizeXml(xml: string): Generator<XmlEvent> {
  const stack: string[] = [];
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      if (xml.slice(i).trim()) yield { type: 'text', text: decodeEntities(xml.slice(i)) };
      break;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) throw bad('chú thích không đóng');
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) throw bad('CDATA không đóng');
      yield { type: 'text', text: xml.slice(lt + 9, end) };
      i = end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw bad('chỉ thị không đóng');
      i = end + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) throw bad('không chấp nhận DOCTYPE');
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) throw bad('thẻ không đóng');
    const raw = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (raw.startsWith('/')) {
      const name = raw.slice(1).trim();
      const top = stack.pop();
      if (top !== name) throw bad(`thẻ đóng </${name}> không khớp <${top ?? ''}>`);
      yield { type: 'close', name };
      continue;
    }
    const selfClosing = raw.endsWith('/');
    const body = selfClosing ? raw.slice(0, -1) : raw;
    const m = /^([^\s/>]+)/.exec(body);
    if (!m || !m[1]) throw bad('thẻ không tên');
    const name = m[1];
    const attrs: Record<string, string> = {};
    const attrRe = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let a: RegExpExecArray | null;
    const rest = body.slice(name.length);
    while ((a = attrRe.exec(rest))) attrs[a[1] ?? ''] = decodeEntities(a[3] ?? a[4] ?? '');
    if (!selfClosing) stack.push(name);
    yield { type: 'open', name, attrs, selfClosing };
    if (selfClosing) yield { type: 'close', name };
  }
  if (stack.length) throw bad(`thẻ <${stack[stack.length - 1]}> không đóng`);
}

function bad(detail: string): PlanDocumentError {
  return new PlanDocumentError(PlanDocumentErrorCode.InvalidXml, detail);
}
