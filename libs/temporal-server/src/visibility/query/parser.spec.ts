import type { FilterExpr } from './ast';
import { parseVisibilityQuery } from './parser';
import type { SearchAttributeType } from './search-attribute-type';
import { VisibilityQueryError } from './visibility-query-error';

const known = new Map<string, SearchAttributeType>([
  ['CustomKeyword', 'Keyword'],
  ['CustomText', 'Text'],
  ['CustomInt', 'Int'],
  ['CustomDouble', 'Double'],
  ['CustomBool', 'Bool'],
  ['CustomDatetime', 'Datetime'],
  ['CustomKeywordList', 'KeywordList'],
  ['Plan Unit', 'Keyword'],
]);

const parse = (q: string) => parseVisibilityQuery(q, known);
const filterOf = (q: string): FilterExpr | null => parse(q).filter;

describe('parseVisibilityQuery', () => {
  it.each(['', '   ', '\n'])('parses %j as "no filter, default order"', (q) => {
    expect(parse(q)).toEqual({ filter: null, orderBy: [], groupBy: [] });
  });

  it.each([
    ["WorkflowId = 'a'", '=', 'a'],
    ["WorkflowId != 'a'", '!=', 'a'],
    ["WorkflowId <> 'a'", '!=', 'a'],
    ["WorkflowId > 'a'", '>', 'a'],
    ["WorkflowId >= 'a'", '>=', 'a'],
    ["WorkflowId < 'a'", '<', 'a'],
    ["WorkflowId<='a'", '<=', 'a'],
    ['WorkflowId = "double quoted"', '=', 'double quoted'],
    ["WorkflowId = 'it''s'", '=', "it's"],
    ["WorkflowId = 'it\\'s'", '=', "it's"],
    ["WorkflowId = 'kế hoạch số 35'", '=', 'kế hoạch số 35'],
  ])('parses the comparison %s', (q, operator, value) => {
    expect(filterOf(q)).toEqual({
      kind: 'comparison',
      attribute: { kind: 'system', name: 'WorkflowId', type: 'Keyword' },
      operator,
      value,
    });
  });

  it.each([
    ['CustomInt = 42', 42],
    ['CustomInt = -7', -7],
    ["CustomInt = '12'", 12],
    ['CustomDouble = 1.5', 1.5],
    ['CustomDouble = 3', 3],
    ['CustomDouble = -2.5e3', -2500],
    ['CustomBool = true', true],
    ['CustomBool = FALSE', false],
    ["CustomBool = 'true'", true],
    ["CustomDatetime = '2024-02-21T00:00:00Z'", Date.UTC(2024, 1, 21)],
    ["CustomDatetime = '2024-02-21T07:00:00+07:00'", Date.UTC(2024, 1, 21)],
    ['CustomDatetime = 1708473600000000000', Date.UTC(2024, 1, 21)],
    ["CustomDatetime = '1708473600000000000'", Date.UTC(2024, 1, 21)],
    ["ExecutionStatus = 'Running'", 'Running'],
    ["ExecutionStatus = 'running'", 'Running'],
    ["ExecutionStatus = 'ContinuedAsNew'", 'ContinuedAsNew'],
    ["ExecutionStatus = 'WORKFLOW_EXECUTION_STATUS_TIMED_OUT'", 'TimedOut'],
    ['ExecutionDuration > 1000000000', 1000],
    ["ExecutionDuration > '1h30m'", 90 * 60_000],
    ["ExecutionDuration > '250ms'", 250],
    ["ExecutionDuration > '01:00:05'", 3_605_000],
    ['HistoryLength >= 10', 10],
    ["`Plan Unit` = 'UBND'", 'UBND'],
  ])('types and normalises the literal of %s', (q, value) => {
    const f = filterOf(q);
    expect(f?.kind).toBe('comparison');
    expect(f?.kind === 'comparison' && f.value).toStrictEqual(value);
  });

  it('resolves custom attributes with their declared type', () => {
    expect(filterOf("CustomKeywordList = 'x'")).toMatchObject({
      attribute: { kind: 'custom', name: 'CustomKeywordList', type: 'KeywordList' },
    });
  });

  it('gives AND precedence over OR and flattens chains', () => {
    const f = filterOf("WorkflowId = 'a' OR WorkflowId = 'b' AND TaskQueue = 'q' OR RunId = 'r'");
    expect(f?.kind).toBe('or');
    if (f?.kind !== 'or') return;
    expect(f.operands.map((o) => o.kind)).toEqual(['comparison', 'and', 'comparison']);
  });

  it('honours parentheses', () => {
    const f = filterOf("(WorkflowId = 'a' OR WorkflowId = 'b') AND TaskQueue = 'q'");
    expect(f?.kind).toBe('and');
    if (f?.kind !== 'and') return;
    expect(f.operands.map((o) => o.kind)).toEqual(['or', 'comparison']);
  });

  it('flattens nested ANDs', () => {
    const f = filterOf("WorkflowId = 'a' AND (TaskQueue = 'q' AND RunId = 'r')");
    expect(f?.kind === 'and' && f.operands.length).toBe(3);
  });

  it.each([
    ['CustomInt BETWEEN 1 AND 5', { kind: 'between', low: 1, high: 5, negated: false }],
    [
      "StartTime NOT BETWEEN '2024-01-01T00:00:00Z' AND '2024-12-31T00:00:00Z'",
      { kind: 'between', low: Date.UTC(2024, 0, 1), high: Date.UTC(2024, 11, 31), negated: true },
    ],
    ["WorkflowType IN ('a', 'b', 'c')", { kind: 'in', values: ['a', 'b', 'c'], negated: false }],
    ["ExecutionStatus NOT IN ('Running','failed')", { kind: 'in', values: ['Running', 'Failed'], negated: true }],
    ["WorkflowId STARTS_WITH 'plan-'", { kind: 'startsWith', prefix: 'plan-', negated: false }],
    ["WorkflowId not starts_with 'plan-'", { kind: 'startsWith', prefix: 'plan-', negated: true }],
    ['CloseTime IS NULL', { kind: 'isNull', negated: false }],
    ['CloseTime is not null', { kind: 'isNull', negated: true }],
    ['CustomText IS NOT NULL', { kind: 'isNull', negated: true }],
  ])('parses %s', (q, shape) => {
    expect(filterOf(q)).toMatchObject(shape);
  });

  it('parses BETWEEN inside a conjunction without confusing its AND', () => {
    const f = filterOf("CustomInt BETWEEN 1 AND 5 AND WorkflowId = 'a'");
    expect(f).toMatchObject({ kind: 'and', operands: [{ kind: 'between' }, { kind: 'comparison' }] });
  });

  it.each([
    ['ORDER BY StartTime', [['StartTime', 'asc']]],
    ['ORDER BY StartTime ASC', [['StartTime', 'asc']]],
    [
      'order by CloseTime desc, WorkflowId',
      [
        ['CloseTime', 'desc'],
        ['WorkflowId', 'asc'],
      ],
    ],
    ["WorkflowType = 'x' ORDER BY CustomInt DESC", [['CustomInt', 'desc']]],
  ])('parses the order of %s', (q, terms) => {
    expect(parse(q).orderBy.map((t) => [t.attribute.name, t.direction])).toEqual(terms);
  });

  it('parses GROUP BY ExecutionStatus', () => {
    const q = parse("WorkflowType = 'x' GROUP BY ExecutionStatus");
    expect(q.groupBy).toEqual([{ kind: 'system', name: 'ExecutionStatus', type: 'Keyword' }]);
    expect(q.filter).not.toBeNull();
    expect(parse('GROUP BY ExecutionStatus').filter).toBeNull();
  });

  it.each([
    ["Unknown = 'x'", /unknown search attribute Unknown/],
    ["workflowid = 'x'", /unknown search attribute workflowid/],
    ["WorkflowId = 'x' AND", /expected a search attribute name but found end of query/],
    ["WorkflowId = 'x' OR OR", /expected a search attribute name/],
    ["WorkflowId 'x'", /expected an operator/],
    ['WorkflowId = x', /quote string values/],
    ["WorkflowId = 'x", /unterminated string/],
    ["`Plan Unit = 'x'", /unterminated quoted name/],
    ["(WorkflowId = 'x'", /expected '\)' but found end of query/],
    ["WorkflowId = 'x')", /expected end of query/],
    ["WorkflowId = 'x' ; DROP TABLE", /unexpected character ';'/],
    ['WorkflowId IN ()', /expected a value/],
    ["WorkflowId IN ('a' 'b')", /expected '\)'/],
    ["WorkflowId LIKE 'a%'", /LIKE is not supported/],
    ['CustomInt = 1.5', /invalid value 1.5 for CustomInt/],
    ["CustomInt = 'abc'", /expected an integer/],
    ['CustomDouble = true', /expected a number/],
    ["CustomBool = 'yes'", /expected true or false/],
    ["CustomDatetime = 'not a date'", /expected an RFC 3339 date-time/],
    ['CustomKeyword = 5', /expected a quoted string/],
    ["ExecutionStatus = 'Sleeping'", /expected one of Running/],
    ["ExecutionStatus > 'Running'", /operator > is not supported for ExecutionStatus/],
    ["ExecutionDuration = 'forever'", /expected nanoseconds or a duration/],
    ["CustomText > 'a'", /operator > is not supported for CustomText of type Text/],
    ["CustomText IN ('a')", /operator IN is not supported/],
    ["CustomKeywordList BETWEEN 'a' AND 'b'", /operator BETWEEN is not supported/],
    ["CustomKeywordList < 'a'", /not supported/],
    ["CustomInt STARTS_WITH '1'", /operator STARTS_WITH is not supported/],
    ['CustomBool > true', /not supported/],
    ['CloseTime IS 5', /expected NULL/],
    ['ORDER BY CustomText', /cannot order by CustomText of type Text/],
    ['ORDER BY CustomKeywordList', /cannot order by/],
    ['ORDER BY', /expected a search attribute name/],
    ['ORDER BY StartTime,', /expected a search attribute name/],
    ['GROUP BY WorkflowType', /GROUP BY supports only ExecutionStatus/],
    ['GROUP BY ExecutionStatus, WorkflowType', /single attribute/],
    ['GROUP BY ExecutionStatus ORDER BY StartTime', /cannot be combined/],
    ['ORDER BY StartTime GROUP BY ExecutionStatus', /cannot be combined/],
    ["AND = 'x'", /expected a search attribute name but found AND/],
  ])('rejects %s', (q, message) => {
    let caught: unknown;
    try {
      parse(q);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(VisibilityQueryError);
    expect((caught as Error).message).toMatch(/^invalid query: /);
    expect((caught as Error).message).toMatch(message);
  });

  it('reports the offset of the offending token', () => {
    try {
      parse("WorkflowId = 'a' AND Nope = 'b'");
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as VisibilityQueryError).position).toBe(21);
    }
  });

  it('treats custom attributes whose names shadow system ones as the system attribute', () => {
    const q = parseVisibilityQuery("WorkflowId = 'a'", new Map([['WorkflowId', 'Text']]));
    expect(q.filter).toMatchObject({ attribute: { kind: 'system', type: 'Keyword' } });
  });
});
