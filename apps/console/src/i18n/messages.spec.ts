import englishMessages from 'ra-language-english';
import { appEnglish } from './app-en';
import { appVietnamese } from './app-vi';
import { raVietnamese } from './ra-vi';

type Tree = { [key: string]: string | Tree };

/** `a.b.c` → value, for every leaf. */
const leaves = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
};

const tokens = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['react-admin (ra.*)', leaves(englishMessages as unknown as Tree), leaves(raVietnamese as unknown as Tree)],
  ['console (resources.*, dondoc.*)', leaves(appEnglish as unknown as Tree), leaves(appVietnamese as unknown as Tree)],
])('Vietnamese catalogue for %s', (_name, english, vietnamese) => {
  it('has exactly the English keys', () => {
    expect([...vietnamese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every interpolation token and plural form', () => {
    for (const [key, en] of english) {
      const vi = vietnamese.get(key) ?? '';
      expect({ key, tokens: tokens(vi) }).toEqual({ key, tokens: tokens(en) });
      expect({ key, plural: vi.includes('||||') }).toEqual({ key, plural: en.includes('||||') });
    }
  });

  it('has no empty message (except the blank for a null boolean)', () => {
    for (const [key, vi] of vietnamese) if (key !== 'ra.boolean.null') expect({ key, vi: vi.trim() !== '' }).toEqual({ key, vi: true });
  });
});
