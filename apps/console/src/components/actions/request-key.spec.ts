import { keyForInputs, newRequestKey } from './request-key';

describe('newRequestKey', () => {
  it('makes a distinct key per click within the API limits', () => {
    const a = newRequestKey();
    const b = newRequestKey();
    expect(a).not.toEqual(b);
    for (const key of [a, b]) expect(key).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
  });
});

describe('keyForInputs', () => {
  it("keeps the click's key for the first send and a retry of the same inputs, not for changed inputs", () => {
    const first = keyForInputs({ id: 'k1' }, '{"progress":"150"}');
    expect(first).toEqual({ id: 'k1', sent: '{"progress":"150"}' });
    expect(keyForInputs(first, '{"progress":"150"}')).toEqual(first);
    const changed = keyForInputs(first, '{"progress":"40"}');
    expect(changed.id).not.toBe('k1');
    expect(changed.sent).toBe('{"progress":"40"}');
  });
});
