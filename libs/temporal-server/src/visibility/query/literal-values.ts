import type { AttributeRef, ScalarValue } from './ast';
import { VisibilityQueryError } from './visibility-query-error';
import { EXECUTION_STATUS_NAMES, type ExecutionStatusName } from './visibility-record';

/** A literal as written in the query, before it is typed by the attribute it is compared with. */
export interface Literal {
  readonly kind: 'string' | 'number' | 'bool';
  readonly text: string;
  readonly position: number;
}

const NANOS_PER_MS = 1_000_000n;
const GO_DURATION_UNITS_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Types a literal for an attribute and normalises it (see VisibilityQuery). Throws {@link VisibilityQueryError}
 * when the literal cannot be a value of the attribute's type.
 */
export function coerceLiteral(attribute: AttributeRef, literal: Literal): ScalarValue {
  const fail = (expected: string): never => {
    throw new VisibilityQueryError(
      `invalid value ${literal.kind === 'string' ? `'${literal.text}'` : literal.text} for ${attribute.name} (${expected})`,
      literal.position,
    );
  };
  if (attribute.kind === 'system' && attribute.name === 'ExecutionStatus') {
    return parseExecutionStatus(literal.text) ?? fail(`expected one of ${EXECUTION_STATUS_NAMES.join(', ')}`);
  }
  if (attribute.kind === 'system' && attribute.name === 'ExecutionDuration') {
    const ms = literal.kind === 'number' ? nanosTextToMs(literal.text) : parseDurationMs(literal.text);
    return ms ?? fail('expected nanoseconds or a duration such as "1h30m" or "01:30:00"');
  }
  switch (attribute.type) {
    case 'Keyword':
    case 'KeywordList':
    case 'Text':
      return literal.kind === 'string' ? literal.text : fail('expected a quoted string');
    case 'Int': {
      if (literal.kind === 'bool' || !/^\s*-?\d+\s*$/.test(literal.text)) fail('expected an integer');
      return Number(literal.text);
    }
    case 'Double': {
      const n = literal.kind === 'bool' ? Number.NaN : Number(literal.text);
      return Number.isFinite(n) && literal.text.trim() !== '' ? n : fail('expected a number');
    }
    case 'Bool': {
      const t = literal.text.trim().toLowerCase();
      return t === 'true' ? true : t === 'false' ? false : fail('expected true or false');
    }
    case 'Datetime': {
      if (literal.kind === 'bool') return fail('expected a date-time');
      if (literal.kind === 'number' || /^-?\d+$/.test(literal.text.trim())) {
        return nanosTextToMs(literal.text) ?? fail('expected epoch nanoseconds');
      }
      const ms = Date.parse(literal.text);
      return Number.isNaN(ms) ? fail('expected an RFC 3339 date-time') : ms;
    }
  }
}

/** Accepts `Running`, `running`, `RUNNING`, `WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW`, `ContinuedAsNew`… */
export function parseExecutionStatus(text: string): ExecutionStatusName | undefined {
  const squashed = text
    .trim()
    .replace(/^WORKFLOW_EXECUTION_STATUS_/i, '')
    .replace(/_/g, '')
    .toLowerCase();
  return EXECUTION_STATUS_NAMES.find((s) => s.toLowerCase() === squashed);
}

function nanosTextToMs(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return undefined;
  // Nanosecond timestamps exceed 2^53: divide as bigint, keep the sub-millisecond part as a fraction.
  const nanos = BigInt(t);
  return Number(nanos / NANOS_PER_MS) + Number(nanos % NANOS_PER_MS) / 1e6;
}

/** Parses a Go-style duration (`1h30m`, `1.5s`, `250ms`) or `hh:mm:ss[.fff]` into milliseconds. */
export function parseDurationMs(text: string): number | undefined {
  const t = text.trim();
  const clock = /^(\d+):([0-5]?\d):([0-5]?\d(?:\.\d+)?)$/.exec(t);
  if (clock) {
    return Number(clock[1]) * 3_600_000 + Number(clock[2]) * 60_000 + Number(clock[3]) * 1000;
  }
  if (!/^(?:\d+(?:\.\d*)?(?:ns|us|µs|ms|s|m|h))+$/.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d*)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(m[1]) * (GO_DURATION_UNITS_MS[m[2] ?? ''] ?? Number.NaN);
  }
  return Number.isFinite(total) ? total : undefined;
}
