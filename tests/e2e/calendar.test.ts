import { Client, startApiStack, type TestStack } from './support/api-stack';

describe('calendar API', () => {
  let stack: TestStack;
  let clerk: Client;

  beforeAll(async () => {
    stack = await startApiStack();
    clerk = new Client(stack.baseUrl);
    await clerk.login('vanthu');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers a year of the default calendar: holidays with kind and reason, make-up Saturdays, the version', async () => {
    const res = await clerk.get('/api/calendar/2026');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      year: 2026,
      calendarVersion: expect.stringMatching(/^vn-civil-service-.+;rules-\d+$/),
      nonWorkingDays: expect.any(Array),
      makeUpWorkingDays: expect.any(Array),
    });
    const tet = res.body.nonWorkingDays.filter(
      (d: { date: string }) => d.date >= '2026-02-16' && d.date <= '2026-02-20',
    );
    expect(tet.map((d: { date: string }) => d.date)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(tet[0]).toEqual({ date: '2026-02-16', kind: 'holiday', reason: expect.stringContaining('Tết Nguyên đán') });
    expect(res.body.nonWorkingDays).toContainEqual(expect.objectContaining({ date: '2026-01-02', kind: 'bridge' }));
    expect(res.body.makeUpWorkingDays).toContainEqual({
      date: '2026-01-10',
      reason: expect.stringContaining('02/01/2026'),
    });
    const dates = res.body.nonWorkingDays.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('computes years without an announcement (provisional) from the statutory rules', async () => {
    const res = await clerk.get('/api/calendar/2030');
    expect(res.status).toBe(200);
    expect(res.body.nonWorkingDays).toContainEqual(expect.objectContaining({ kind: 'holiday', date: '2030-01-01' }));
  });

  it('is readable by every signed-in role and refuses anonymous callers', async () => {
    for (const username of ['admin', 'chutich', 'vhxh', 'sonnmt']) {
      const c = new Client(stack.baseUrl);
      await c.login(username);
      expect((await c.get('/api/calendar/2026')).status).toBe(200);
    }
    expect((await new Client(stack.baseUrl).get('/api/calendar/2026')).status).toBe(401);
  });

  it('answers 422 with a field error for a year that is not a whole number in range', async () => {
    const abc = await clerk.get('/api/calendar/abc');
    expect(abc.status).toBe(422);
    expect(abc.body).toEqual(
      expect.objectContaining({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'year' })] }),
    );
    for (const year of ['1899', '2200', '2026.5']) expect((await clerk.get(`/api/calendar/${year}`)).status).toBe(422);
  });
});
