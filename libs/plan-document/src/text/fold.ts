const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let c = cache.get(ch);
  if (c !== undefined) return c;
  c = ch;
  if (ch === 'đ' || ch === 'Đ' || ch === 'Ð' || ch === 'ð') c = 'd';
  else if (/[\u2010-\u2015\u2212]/.test(ch)) c = '-';
  else {
    const base = ch.normalize('NFD')[0] ?? ch;
    if (!/\p{M}/u.test(base)) c = base;
  }
  const lower = c.toLowerCase();
  c = lower.length === ch.length ? lower : c;
  if (c.length !== ch.length) c = ch;
  cache.set(ch, c);
  return c;
}

/**
 * Accent-free lower-case copy of an NFC string with the same length, so a regex match on the folded
 * text can be sliced out of the original: fold("Sở Y tế") = "so y te". Dashes become "-".
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      continue;
    }
    // Surrogate pairs (outside Vietnamese) are copied unchanged to keep the length.
    if (code >= 0xd800 && code <= 0xdbff) {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += foldChar(text[i] as string);
  }
  return out;
}
