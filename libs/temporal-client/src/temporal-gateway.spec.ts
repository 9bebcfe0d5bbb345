import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { REFUSED_FAILURE_TYPE } from '@dondoc/contracts';
import { refusalOf, TemporalGateway, TemporalUnavailableError } from './temporal-gateway';

describe('TemporalGateway', () => {
  it('fails every call with TemporalUnavailableError when no address is configured (the API still boots)', async () => {
    const gateway = new TemporalGateway({ address: null, namespace: 'default', taskQueue: 'dondoc' });
    await expect(gateway.client()).rejects.toBeInstanceOf(TemporalUnavailableError);
    await expect(gateway.close()).resolves.toBeUndefined();
  });
});

describe('refusalOf', () => {
  const refused = ApplicationFailure.create({
    type: REFUSED_FAILURE_TYPE,
    message: 'Chưa ký',
    details: [{ code: 'NUMBER_BEFORE_SIGNATURE', messageVi: 'Chưa ký' }],
    nonRetryable: true,
  });

  it('reads the code and Vietnamese message of a rejected update', () => {
    expect(refusalOf(new WorkflowUpdateFailedError('rejected', refused))).toEqual({
      code: 'NUMBER_BEFORE_SIGNATURE',
      messageVi: 'Chưa ký',
    });
    expect(refusalOf(refused)).toEqual({ code: 'NUMBER_BEFORE_SIGNATURE', messageVi: 'Chưa ký' });
  });

  it('ignores failures that are not refusals', () => {
    expect(
      refusalOf(new WorkflowUpdateFailedError('boom', ApplicationFailure.create({ type: 'Other', message: 'x' }))),
    ).toBeUndefined();
    expect(refusalOf(new Error('x'))).toBeUndefined();
  });
});
