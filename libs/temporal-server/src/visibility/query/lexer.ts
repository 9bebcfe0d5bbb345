import { VisibilityQueryError } from './visibility-query-error';

/** Token kinds of the List Filter language. Keywords are plain `word` tokens, recognised by the parser. */
export type TokenKind =
  'word' | 'quotedName' | 'string' | 'number' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'end';

/** One lexical token with its offset in the query text. */
export interface Token {
  readonly kind: TokenKind;
  /** Identifier / keyword text, unescaped string content, number text or operator (`<>` normalised to `!=`). */
  readonly text: string;
  readonly position: number;
}

const WORD_START = /[A-Za-z_]/;
const WORD_PART = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;

/** Splits a query into tokens; throws {@link VisibilityQueryError} on an unterminated quote or a stray character. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"' || c === '`') {
      const [content, next] = readQuoted(text, i, c);
      tokens.push({ kind: c === '`' ? 'quotedName' : 'string', text: content, position: start });
      i = next;
    } else if (DIGIT.test(c) || ((c === '-' || c === '.') && DIGIT.test(text.charAt(i + 1)))) {
      const match = NUMBER.exec(text.slice(i));
      if (!match) throw new VisibilityQueryError(`malformed number`, start);
      tokens.push({ kind: 'number', text: match[0], position: start });
      i += match[0].length;
    } else if (WORD_START.test(c)) {
      while (i < text.length && WORD_PART.test(text.charAt(i))) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), position: start });
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, position: start });
      i++;
    } else {
      const two = text.slice(i, i + 2);
      if (two === '!=' || two === '<>' || two === '>=' || two === '<=') {
        tokens.push({ kind: 'operator', text: two === '<>' ? '!=' : two, position: start });
        i += 2;
      } else if (c === '=' || c === '<' || c === '>') {
        tokens.push({ kind: 'operator', text: c, position: start });
        i++;
      } else {
        throw new VisibilityQueryError(`unexpected character '${c}'`, start);
      }
    }
  }
  tokens.push({ kind: 'end', text: '', position: text.length });
  return tokens;
}

/** Reads a quoted run starting at `start`; a doubled quote or a backslash escapes the next character. */
function readQuoted(text: string, start: number, quote: string): [string, number] {
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\' && i + 1 < text.length) {
      out += text.charAt(i + 1);
      i += 2;
    } else if (c === quote) {
      if (text.charAt(i + 1) === quote) {
        out += quote;
        i += 2;
      } else {
        return [out, i + 1];
      }
    } else {
      out += c;
      i++;
    }
  }
  throw new VisibilityQueryError(`unterminated ${quote === '`' ? 'quoted name' : 'string'}`, start);
}
