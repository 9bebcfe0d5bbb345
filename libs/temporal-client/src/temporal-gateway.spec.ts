import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { REFUSED_FAILURE_TYPE } from '@dondoc/contracts';
import { isUnavailable, refusalOf, TemporalGateway, TemporalUnavailableError } from './temporal-gateway';

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

describe('isUnavailable', () => {
  it('finds gRPC UNAVAILABLE in the cause chain (a server that went away), nothing else', () => {
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    expect(isUnavailable(new Error('Update failed', { cause: grpc }))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('not found'), { code: 5 }))).toBe(false);
    expect(isUnavailable(new Error('x'))).toBe(false);
  });
});
