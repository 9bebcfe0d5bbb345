import type { AttributeRef, ComparisonOperator, FilterExpr, OrderTerm, ScalarValue, VisibilityQuery } from './ast';
import { tokenize, type Token } from './lexer';
import { coerceLiteral, type Literal } from './literal-values';
import type { SearchAttributeType } from './search-attribute-type';
import { SYSTEM_ATTRIBUTES, isSystemAttributeName } from './system-attributes';
import { VisibilityQueryError } from './visibility-query-error';

/** Words that cannot be bare attribute names (backquote them to use them as names). */
const RESERVED = new Set([
  'AND',
  'OR',
  'NOT',
  'IN',
  'BETWEEN',
  'IS',
  'NULL',
  'STARTS_WITH',
  'ORDER',
  'GROUP',
  'BY',
  'ASC',
  'DESC',
  'TRUE',
  'FALSE',
  'LIKE',
]);

type Operation = 'compare' | 'range' | 'between' | 'in' | 'startsWith';

/** Which operations each attribute type accepts (Temporal rejects the others). */
const ALLOWED: Readonly<Record<SearchAttributeType, ReadonlySet<Operation>>> = {
  Keyword: new Set(['compare', 'range', 'between', 'in', 'startsWith']),
  KeywordList: new Set(['compare', 'in', 'startsWith']),
  Text: new Set(['compare']),
  Int: new Set(['compare', 'range', 'between', 'in']),
  Double: new Set(['compare', 'range', 'between', 'in']),
  Datetime: new Set(['compare', 'range', 'between', 'in']),
  Bool: new Set(['compare', 'in']),
};
const STATUS_OPERATIONS: ReadonlySet<Operation> = new Set(['compare', 'in']);
const UNORDERABLE: ReadonlySet<SearchAttributeType> = new Set(['Text', 'KeywordList']);

/**
 * Parses a List Filter query (`WorkflowType = 'x' AND StartTime > '2024-01-01T00:00:00Z' ORDER BY StartTime DESC`)
 * against the system attributes plus `knownAttributes` (the namespace's custom search attributes).
 *
 * @throws VisibilityQueryError on a syntax error, an unknown attribute, an operator the attribute's type does not
 *   support, or a value of the wrong type. The server maps it to INVALID_ARGUMENT.
 */
export function parseVisibilityQuery(
  text: string,
  knownAttributes: ReadonlyMap<string, SearchAttributeType>,
): VisibilityQuery {
  return new Parser(tokenize(text), knownAttributes).parseQuery();
}

class Parser {
  private index = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly known: ReadonlyMap<string, SearchAttributeType>,
  ) {}

  parseQuery(): VisibilityQuery {
    let filter: FilterExpr | null = null;
    if (!this.atClauseStart() && this.peek().kind !== 'end') filter = this.parseOr();
    let orderBy: OrderTerm[] = [];
    let groupBy: AttributeRef[] = [];
    if (this.isKeyword(this.peek(), 'ORDER')) orderBy = this.parseOrderBy();
    else if (this.isKeyword(this.peek(), 'GROUP')) groupBy = this.parseGroupBy();
    const rest = this.peek();
    if (rest.kind !== 'end') {
      if (this.isKeyword(rest, 'ORDER') || this.isKeyword(rest, 'GROUP')) {
        throw new VisibilityQueryError('ORDER BY and GROUP BY cannot be combined', rest.position);
      }
      throw this.unexpected(rest, 'end of query');
    }
    return { filter, orderBy, groupBy };
  }

  private atClauseStart(): boolean {
    const t = this.peek();
    return (this.isKeyword(t, 'ORDER') || this.isKeyword(t, 'GROUP')) && this.isKeyword(this.peek(1), 'BY');
  }

  private parseOr(): FilterExpr {
    const operands = [this.parseAnd()];
    while (this.acceptKeyword('OR')) operands.push(this.parseAnd());
    return operands.length === 1
      ? operands[0]!
      : { kind: 'or', operands: operands.flatMap((o) => (o.kind === 'or' ? o.operands : [o])) };
  }

  private parseAnd(): FilterExpr {
    const operands = [this.parsePrimary()];
    while (this.acceptKeyword('AND')) operands.push(this.parsePrimary());
    return operands.length === 1
      ? operands[0]!
      : { kind: 'and', operands: operands.flatMap((o) => (o.kind === 'and' ? o.operands : [o])) };
  }

  private parsePrimary(): FilterExpr {
    const t = this.peek();
    if (t.kind === 'lparen') {
      this.index++;
      const inner = this.parseOr();
      this.expect('rparen', "')'");
      return inner;
    }
    return this.parsePredicate();
  }

  private parsePredicate(): FilterExpr {
    const attribute = this.parseAttribute();
    const t = this.next();
    if (t.kind === 'operator') {
      const operator = t.text as ComparisonOperator;
      const isRange = operator !== '=' && operator !== '!=';
      this.check(attribute, isRange ? 'range' : 'compare', t);
      return { kind: 'comparison', attribute, operator, value: this.parseValue(attribute) };
    }
    if (this.isKeyword(t, 'IS')) {
      const negated = this.acceptKeyword('NOT');
      this.expectKeyword('NULL');
      return { kind: 'isNull', attribute, negated };
    }
    let op = t;
    const negated = this.isKeyword(t, 'NOT');
    if (negated) op = this.next();
    if (this.isKeyword(op, 'BETWEEN')) {
      this.check(attribute, 'between', op);
      const low = this.parseValue(attribute);
      this.expectKeyword('AND');
      const high = this.parseValue(attribute);
      return { kind: 'between', attribute, low, high, negated };
    }
    if (this.isKeyword(op, 'IN')) {
      this.check(attribute, 'in', op);
      this.expect('lparen', "'('");
      const values = [this.parseValue(attribute)];
      while (this.peek().kind === 'comma') {
        this.index++;
        values.push(this.parseValue(attribute));
      }
      this.expect('rparen', "')'");
      return { kind: 'in', attribute, values, negated };
    }
    if (this.isKeyword(op, 'STARTS_WITH')) {
      this.check(attribute, 'startsWith', op);
      const prefix = this.parseValue(attribute);
      return { kind: 'startsWith', attribute, prefix: String(prefix), negated };
    }
    if (this.isKeyword(op, 'LIKE'))
      throw new VisibilityQueryError('LIKE is not supported; use STARTS_WITH', op.position);
    throw this.unexpected(op, 'an operator (=, !=, >, >=, <, <=, BETWEEN, IN, STARTS_WITH, IS)');
  }

  private parseOrderBy(): OrderTerm[] {
    this.index += 2; // ORDER BY
    const terms = [this.parseOrderTerm()];
    while (this.peek().kind === 'comma') {
      this.index++;
      terms.push(this.parseOrderTerm());
    }
    return terms;
  }

  private parseOrderTerm(): OrderTerm {
    const nameToken = this.peek();
    const attribute = this.parseAttribute();
    if (UNORDERABLE.has(attribute.type)) {
      throw new VisibilityQueryError(`cannot order by ${attribute.name} of type ${attribute.type}`, nameToken.position);
    }
    if (this.acceptKeyword('DESC')) return { attribute, direction: 'desc' };
    this.acceptKeyword('ASC');
    return { attribute, direction: 'asc' };
  }

  private parseGroupBy(): AttributeRef[] {
    this.index += 2; // GROUP BY
    const nameToken = this.peek();
    const attribute = this.parseAttribute();
    if (attribute.kind !== 'system' || attribute.name !== 'ExecutionStatus') {
      throw new VisibilityQueryError(
        `GROUP BY supports only ExecutionStatus, not ${attribute.name}`,
        nameToken.position,
      );
    }
    if (this.peek().kind === 'comma')
      throw new VisibilityQueryError('GROUP BY supports a single attribute', this.peek().position);
    return [attribute];
  }

  private parseAttribute(): AttributeRef {
    const t = this.next();
    if (t.kind !== 'quotedName' && (t.kind !== 'word' || RESERVED.has(t.text.toUpperCase()))) {
      throw this.unexpected(t, 'a search attribute name');
    }
    const name = t.text;
    if (isSystemAttributeName(name)) {
      return { kind: 'system', name, type: SYSTEM_ATTRIBUTES.get(name)!.type };
    }
    const type = this.known.get(name);
    if (type === undefined) throw new VisibilityQueryError(`unknown search attribute ${name}`, t.position);
    return { kind: 'custom', name, type };
  }

  private parseValue(attribute: AttributeRef): ScalarValue {
    const t = this.next();
    let literal: Literal;
    if (t.kind === 'string' || t.kind === 'number') literal = { kind: t.kind, text: t.text, position: t.position };
    else if (this.isKeyword(t, 'TRUE') || this.isKeyword(t, 'FALSE'))
      literal = { kind: 'bool', text: t.text, position: t.position };
    else if (t.kind === 'word' && !RESERVED.has(t.text.toUpperCase())) {
      throw new VisibilityQueryError(`expected a value but found ${t.text}; quote string values`, t.position);
    } else throw this.unexpected(t, 'a value');
    return coerceLiteral(attribute, literal);
  }

  private check(attribute: AttributeRef, operation: Operation, at: Token): void {
    const isStatus = attribute.kind === 'system' && attribute.name === 'ExecutionStatus';
    const allowed = isStatus ? STATUS_OPERATIONS : ALLOWED[attribute.type];
    if (!allowed.has(operation)) {
      const shown = at.kind === 'operator' ? at.text : at.text.toUpperCase();
      throw new VisibilityQueryError(
        `operator ${shown} is not supported for ${attribute.name} of type ${attribute.type}`,
        at.position,
      );
    }
  }

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'end') this.index++;
    return t;
  }

  private isKeyword(t: Token, keyword: string): boolean {
    return t.kind === 'word' && t.text.toUpperCase() === keyword;
  }

  private acceptKeyword(keyword: string): boolean {
    if (!this.isKeyword(this.peek(), keyword)) return false;
    this.index++;
    return true;
  }

  private expectKeyword(keyword: string): void {
    const t = this.next();
    if (!this.isKeyword(t, keyword)) throw this.unexpected(t, keyword);
  }

  private expect(kind: Token['kind'], what: string): void {
    const t = this.next();
    if (t.kind !== kind) throw this.unexpected(t, what);
  }

  private unexpected(t: Token, expected: string): VisibilityQueryError {
    const found = t.kind === 'end' ? 'end of query' : t.kind === 'string' ? `'${t.text}'` : t.text;
    return new VisibilityQueryError(`expected ${expected} but found ${found}`, t.position);
  }
}
