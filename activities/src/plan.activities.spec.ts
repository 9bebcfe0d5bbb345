import { ApplicationFailure } from '@temporalio/common';
import { InMemoryNumberRegister } from './in-memory';
import { createPlanActivities } from './plan.activities';

describe('createPlanActivities.reserveDocumentNumber', () => {
  const setup = () => {
    const numberRegister = new InMemoryNumberRegister();
    numberRegister.seed({ agencyId: 'ubnd', year: 2026, used: [1, 2, 3], voided: [4] });
    return createPlanActivities({ numberRegister });
  };

  it('gives the next free number of the year, once per reservation key (a retried activity gets the same number)', async () => {
    const a = setup();
    await expect(a.reserveDocumentNumber({ agencyId: 'ubnd', year: 2026, reservationKey: 'plan:1:r1' })).resolves.toBe(5);
    await expect(a.reserveDocumentNumber({ agencyId: 'ubnd', year: 2026, reservationKey: 'plan:1:r1' })).resolves.toBe(5);
    await expect(a.reserveDocumentNumber({ agencyId: 'ubnd', year: 2026, reservationKey: 'plan:2:r1' })).resolves.toBe(6);
    await expect(a.reserveDocumentNumber({ agencyId: 'ubnd', year: 2027, reservationKey: 'plan:3:r1' })).resolves.toBe(1);
  });

  it('refuses a used or voided number with a non-retryable failure typed by the domain code', async () => {
    const a = setup();
    const failure = await a.reserveDocumentNumber({ agencyId: 'ubnd', year: 2026, requested: 4, reservationKey: 'k' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'NUMBER_ALREADY_USED', nonRetryable: true });
    expect((failure as Error).message).toContain('Số văn bản đã được sử dụng trong năm');
  });
});
