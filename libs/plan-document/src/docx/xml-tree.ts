import { tokenizeXml } from './xml-tokenizer';

/** A parsed XML element; text children are strings. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

/** Parses XML into a tree (document.xml of a long plan is a few MB: a tree is fine). */
export function parseXmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const ev of tokenizeXml(xml)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (ev.type === 'open') {
      const el: XmlElement = { name: ev.name, attrs: ev.attrs, children: [] };
      top.children.push(el);
      stack.push(el);
    } else if (ev.type === 'close') {
      stack.pop();
    } else if (ev.text) {
      top.children.push(ev.text);
    }
  }
  return root;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return childElements(el, name)[0];
}

/** Depth-first search for descendants with a name. */
export function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    else findAll(c, name, out);
  }
  return out;
}
