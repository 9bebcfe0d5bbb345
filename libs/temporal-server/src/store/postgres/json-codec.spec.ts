import { decodeJson, encodeJson } from './json-codec';
import { parseTimerKey } from './validity';

describe('durable store JSON codec', () => {
  it('round-trips maps (keeping key types), sets, bytes and bigints', () => {
    const value = {
      activities: new Map([[5, { state: 'started', input: { payloads: [{ data: Buffer.from('hi') }] } }]]),
      ids: new Map([['a', 5]]),
      requestIds: new Set(['r1', 'r2']),
      raw: new Uint8Array([1, 2, 3]),
      big: 12345678901234567890n,
      nested: [{ x: 1 }, null, 'y'],
    };
    const back = decodeJson<typeof value>(encodeJson(value));
    expect(back.activities.get(5)?.input.payloads[0]!.data.toString()).toBe('hi');
    expect([...back.ids]).toEqual([['a', 5]]);
    expect(back.requestIds).toEqual(new Set(['r1', 'r2']));
    expect([...back.raw]).toEqual([1, 2, 3]);
    expect(back.big).toBe(12345678901234567890n);
    expect(back.nested).toEqual([{ x: 1 }, null, 'y']);
  });

  it('decodes an already parsed object (jsonb rows)', () => {
    expect(decodeJson<{ s: Set<number> }>(JSON.parse(encodeJson({ s: new Set([1]) }))).s.has(1)).toBe(true);
  });
});

describe('timer keys', () => {
  it('splits kind, run id and sub-key; query timers are not persisted', () => {
    expect(parseTimerKey('timer:run-1:my:timer')).toEqual({ kind: 'timer', runId: 'run-1', sub: 'my:timer' });
    expect(parseTimerKey('wft-stc:run-1')).toEqual({ kind: 'wft-stc', runId: 'run-1', sub: '' });
    expect(parseTimerKey('query-sticky:q1')).toBeUndefined();
    expect(parseTimerKey('schedule:default:my-schedule')).toBeUndefined();
  });
});
