import { newRequestKey } from './request-key';

describe('newRequestKey', () => {
  it('makes a distinct key per click within the API limits', () => {
    const a = newRequestKey();
    const b = newRequestKey();
    expect(a).not.toEqual(b);
    for (const key of [a, b]) expect(key).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
  });
});
