import { parseVisibilityQuery, VisibilityQueryError, type SearchAttributeType } from '../../visibility/query';
import {
  afterSql,
  decodePageToken,
  encodePageToken,
  orderBySql,
  searchAttributeColumn,
  sortKeys,
  SqlParams,
  whereSql,
} from './visibility-sql';

const known = new Map<string, SearchAttributeType>([
  ['Unit', 'Keyword'],
  ['Title', 'Text'],
  ['Priority', 'Int'],
  ['Amount', 'Double'],
  ['Urgent', 'Bool'],
  ['DueAt', 'Datetime'],
  ['Tags', 'KeywordList'],
]);

const RANGES = '"temporal".visibility_ranges';

/** WHERE clause and parameters of a query in namespace `ns`. */
function where(text: string): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const sql = whereSql('ns', parseVisibilityQuery(text, known), p, RANGES);
  return { sql, params: p.values };
}

const ranges = (name: string, cond: string): string =>
  `run_id IN (SELECT run_id FROM ${RANGES} WHERE namespace = $1 AND name = $2::text AND ${cond})`;

describe('whereSql (List Filter → SQL over the visibility table)', () => {
  it('always filters by namespace first', () => {
    expect(where('')).toEqual({ sql: 'namespace = $1::text', params: ['ns'] });
    expect(where('ORDER BY StartTime')).toEqual({ sql: 'namespace = $1::text', params: ['ns'] });
  });

  it.each<[string, string, unknown[]]>([
    ["WorkflowType = 'PlanWorkflow'", 'workflow_type = $2::text', ['PlanWorkflow']],
    ["WorkflowId = 'a'", 'workflow_id = $2::text', ['a']],
    ["TaskQueue = 'q'", 'task_queue = $2::text', ['q']],
    ["ExecutionStatus = 'Running'", 'status = $2::int', [1]],
    ["ExecutionStatus = 'TimedOut'", 'status = $2::int', [7]],
    ["ExecutionStatus IN ('Completed', 'Failed')", 'status = ANY($2::int[])', [[2, 3]]],
    [
      "StartTime BETWEEN '2026-01-01T00:00:00Z' AND '2026-02-01T00:00:00Z'",
      'start_time BETWEEN $2::float8 AND $3::float8',
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)],
    ],
    ["CloseTime > '2026-01-01T00:00:00Z'", 'close_time > $2::float8', [Date.UTC(2026, 0, 1)]],
    ['ExecutionTime < 5000000', 'COALESCE(execution_time, start_time) < $2::float8', [5]],
    ["ExecutionDuration > '1h'", '(close_time - execution_time) > $2::float8', [3_600_000]],
    ['HistoryLength >= 10', 'history_length::float8 >= $2::float8', [10]],
    ['CloseTime IS NULL', 'close_time IS NULL', []],
    ['ParentWorkflowId IS NOT NULL', 'NOT parent_workflow_id IS NULL', []],
    ["WorkflowId != 'a'", '((workflow_id) IS NOT NULL AND NOT (workflow_id = $2::text))', ['a']],
    ["WorkflowId NOT IN ('a', 'b')", '((workflow_id) IS NOT NULL AND NOT (workflow_id IN ($2::text, $3::text)))', ['a', 'b']],
    ["ExecutionStatus != 'Running'", '((status) IS NOT NULL AND NOT (status = $2::int))', [1]],
    ["WorkflowId STARTS_WITH 'plan_%'", 'workflow_id LIKE $2::text', ['plan\\_\\%%']],
  ])('%s', (text, sql, params) => {
    expect(where(text)).toEqual({ sql: `namespace = $1::text AND ${sql}`, params: ['ns', ...params] });
  });

  it('answers equality on custom attributes by jsonb containment (GIN index)', () => {
    expect(where("Unit = 'Văn phòng'").sql).toBe('namespace = $1::text AND search_attributes @> $2::jsonb');
    expect(where("Unit = 'Văn phòng'").params[1]).toBe(JSON.stringify({ Unit: { k: 'Văn phòng' } }));
    expect(where("Tags = 'x'").params[1]).toBe(JSON.stringify({ Tags: { l: ['x'] } }));
    expect(where("Title = 'Kế hoạch, số 35'").params[1]).toBe(JSON.stringify({ Title: { w: ['kế', 'hoạch', 'số', '35'] } }));
    expect(where('Urgent = true').params[1]).toBe(JSON.stringify({ Urgent: { b: true } }));
    expect(where('Priority = 3').params[1]).toBe(JSON.stringify({ Priority: { n: 3 } }));
    expect(where("DueAt = '2026-06-05T00:00:00Z'").params[1]).toBe(JSON.stringify({ DueAt: { t: Date.UTC(2026, 5, 5) } }));
  });

  it('answers ranges on custom Int/Double/Datetime through the indexed ranges table', () => {
    expect(where('Priority > 5')).toEqual({
      sql: `namespace = $1::text AND ${ranges('Priority', 'num > $3::float8')}`,
      params: ['ns', 'Priority', 5],
    });
    expect(where("DueAt NOT BETWEEN '2026-01-01T00:00:00Z' AND '2026-12-31T00:00:00Z'").sql).toBe(
      `namespace = $1::text AND ${ranges('DueAt', 'tim NOT BETWEEN $3::float8 AND $4::float8')}`,
    );
    expect(where('Amount IN (1.5, 2)')).toEqual({
      sql: `namespace = $1::text AND ${ranges('Amount', 'num = ANY($3::float8[])')}`,
      params: ['ns', 'Amount', [1.5, 2]],
    });
    expect(where('Amount NOT IN (1.5)').sql).toContain('num <> ALL($3::float8[])');
  });

  it('keeps "absent value → false" under negation', () => {
    expect(where("Unit != 'a'").sql).toBe(
      `namespace = $1::text AND (((((search_attributes -> 'Unit' -> 'k') #>> '{}') COLLATE "C")) IS NOT NULL AND NOT (search_attributes @> $2::jsonb))`,
    );
    expect(where("Tags IS NULL").sql).toBe(
      `namespace = $1::text AND ((search_attributes -> 'Tags' -> 'l') IS NULL OR jsonb_array_length((search_attributes -> 'Tags' -> 'l')) = 0)`,
    );
  });

  it('never matches text without any word', () => {
    expect(where("Title = '!!'").sql).toBe('namespace = $1::text AND FALSE');
  });

  it('nests AND/OR with parentheses and numbers parameters in order', () => {
    expect(where("(WorkflowType = 'A' OR WorkflowType = 'B') AND ExecutionStatus = 'Running'")).toEqual({
      sql: 'namespace = $1::text AND ((workflow_type = $2::text OR workflow_type = $3::text) AND status = $4::int)',
      params: ['ns', 'A', 'B', 1],
    });
  });

  it('quotes attribute names inside SQL literals', () => {
    const k = new Map<string, SearchAttributeType>([["It's", 'Keyword']]);
    const p = new SqlParams();
    const sql = whereSql('ns', parseVisibilityQuery("`It's` STARTS_WITH 'a'", k), p, RANGES);
    expect(sql).toContain(`search_attributes -> 'It''s' -> 'k'`);
  });
});

describe('sort keys and keyset paging', () => {
  const q = (text: string) => parseVisibilityQuery(text, known);

  it('sorts by the default order (CloseTime desc nulls first, StartTime desc) then RunId', () => {
    expect(orderBySql(sortKeys(q('')))).toBe('close_time DESC NULLS FIRST, start_time DESC NULLS FIRST, run_id ASC NULLS LAST');
  });

  it('sorts ExecutionStatus by its name, like the in-memory order', () => {
    expect(orderBySql(sortKeys(q('ORDER BY ExecutionStatus')))).toBe(
      `((ARRAY['Running', 'Completed', 'Failed', 'Canceled', 'Terminated', 'ContinuedAsNew', 'TimedOut']::text[])[status] COLLATE "C") ASC NULLS LAST, run_id ASC NULLS LAST`,
    );
  });

  it('sorts by ORDER BY terms, custom attributes by their typed reading', () => {
    expect(orderBySql(sortKeys(q('ORDER BY Priority ASC, WorkflowId DESC')))).toBe(
      `((search_attributes -> 'Priority' -> 'n') #>> '{}')::float8 ASC NULLS LAST, workflow_id DESC NULLS FIRST, run_id ASC NULLS LAST`,
    );
  });

  it('continues strictly after the last key, nulls being the greatest values', () => {
    const keys = sortKeys(q(''));
    const p = new SqlParams();
    expect(afterSql(keys, [null, 100, 'r1'], p)).toBe(
      '(close_time IS NOT NULL OR (close_time IS NULL AND start_time < $1::float8) OR ' +
        '(close_time IS NULL AND start_time = $1::float8 AND (run_id > $2::text COLLATE "C" OR run_id IS NULL)))',
    );
    expect(p.values).toEqual([100, 'r1']);
    const p2 = new SqlParams(3);
    expect(afterSql(sortKeys(q('ORDER BY Priority')), [null, 'r1'], p2)).toBe(
      `((((search_attributes -> 'Priority' -> 'n') #>> '{}')::float8 IS NULL AND (run_id > $4::text COLLATE "C" OR run_id IS NULL)))`,
    );
  });

  it('round-trips page tokens and rejects foreign ones', () => {
    expect(decodePageToken(encodePageToken([null, 1.5, 'r', true]), 4)).toEqual([null, 1.5, 'r', true]);
    expect(() => decodePageToken(Buffer.from('10'), 3)).toThrow(VisibilityQueryError);
    expect(() => decodePageToken(Buffer.from('not json'), 3)).toThrow(VisibilityQueryError);
    expect(() => decodePageToken(encodePageToken([1, 'r']), 3)).toThrow(VisibilityQueryError);
    expect(() => afterSql(sortKeys(q('')), [1], new SqlParams())).toThrow(VisibilityQueryError);
  });
});

describe('searchAttributeColumn (the per-type readings stored at write time)', () => {
  it.each<[unknown, Record<string, unknown>]>([
    ['Văn phòng', { k: 'Văn phòng', w: ['văn', 'phòng'], l: ['Văn phòng'], j: 'Văn phòng' }],
    [['a', 'b'], { k: 'a', w: ['a'], l: ['a', 'b'], j: 'a,b' }],
    [[], { l: [], j: '' }],
    [5, { n: 5, t: 5 }],
    ['12', { k: '12', w: ['12'], l: ['12'], j: '12', n: 12, t: Date.parse('12') }],
    [true, { b: true }],
    ['2026-06-05T00:00:00.000Z', { k: '2026-06-05T00:00:00.000Z', w: ['2026', '06', '05t00', '00', '00', '000z'], l: ['2026-06-05T00:00:00.000Z'], j: '2026-06-05T00:00:00.000Z', t: Date.UTC(2026, 5, 5) }],
  ])('%j', (raw, cell) => {
    expect(searchAttributeColumn({ A: raw })).toEqual({ A: cell });
  });

  it('leaves absent values out', () => {
    expect(searchAttributeColumn({ A: null, B: undefined })).toEqual({});
  });
});
