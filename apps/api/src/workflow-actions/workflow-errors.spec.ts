import { DomainErrorCode, isDomainError } from '@dondoc/domain';
import {
  TemporalUnavailableError,
  WorkflowAlreadyStartedError,
  WorkflowMissingError,
  WorkflowRefusalError,
} from '@dondoc/temporal-client';
import { ApiError } from '../common/api-error';
import { DOMAIN_ERROR_STATUS } from '../common/error-status.table';
import { planActorOf } from './plan-workflow.service';
import { asApiError, updateIdOf, viaTemporalOnKnown } from './workflow-errors';

describe('Temporal errors at the HTTP boundary', () => {
  it("turns a refusal into its domain error with the workflow's Vietnamese message and status", () => {
    const e = asApiError(
      new WorkflowRefusalError({
        code: DomainErrorCode.TransitionNotAllowed,
        messageVi: 'Không được chuyển trạng thái: đã duyệt',
      }),
    );
    expect(isDomainError(e) && e.code).toBe(DomainErrorCode.TransitionNotAllowed);
    expect((e as Error).message).toBe('Không được chuyển trạng thái: đã duyệt');
    expect(DOMAIN_ERROR_STATUS[DomainErrorCode.TransitionNotAllowed]).toBe(409);
    expect(DOMAIN_ERROR_STATUS[DomainErrorCode.ActorNotPermitted]).toBe(403);
    expect(DOMAIN_ERROR_STATUS[DomainErrorCode.ReasonRequired]).toBe(422);
  });

  it('answers an unknown refusal code as a conflict, a missing workflow 404, a second start 409', () => {
    expect(
      asApiError(new WorkflowRefusalError({ code: 'REGISTER_REFUSED', messageVi: 'Sổ văn bản từ chối' })),
    ).toMatchObject({ code: 'CONFLICT', message: 'Sổ văn bản từ chối' });
    expect(asApiError(new WorkflowMissingError('plan:x'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(asApiError(new WorkflowAlreadyStartedError('plan:x'))).toMatchObject({ code: 'CONFLICT' });
    const down = asApiError(new TemporalUnavailableError('down'));
    expect(down).toBeInstanceOf(ApiError);
    expect(down).toMatchObject({
      code: 'TEMPORAL_UNAVAILABLE',
      status: 503,
      message: 'Hệ thống xử lý quy trình tạm thời không sẵn sàng, vui lòng thử lại sau',
    });
  });

  it('treats a finished workflow of a known object as a state conflict', async () => {
    await expect(
      viaTemporalOnKnown('Nhiệm vụ đã kết thúc', () => Promise.reject(new WorkflowMissingError('task:a:b:c'))),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Nhiệm vụ đã kết thúc' });
  });

  it("scopes the client's request id by the action", () => {
    expect(updateIdOf('approve', 'k1')).toBe('approve:k1');
    expect(updateIdOf('approve', undefined)).not.toBe(updateIdOf('approve', undefined));
  });
});

describe('planActorOf', () => {
  const people = { drafter: 'u-d', drafterUnitHead: 'u-l', signer: 'u-l', formatChecker: 'u-c' };
  it('gives the session user the plan roles they hold, plus clerk for clerks; never roles from a body', () => {
    expect(planActorOf({ people }, { id: 'u-l', username: 'l', roles: ['leader'], organisationId: 'o' })).toEqual({
      personId: 'u-l',
      roles: ['drafterUnitHead', 'signer'],
    });
    expect(planActorOf({ people }, { id: 'u-k', username: 'k', roles: ['clerk'], organisationId: 'o' })).toEqual({
      personId: 'u-k',
      roles: ['clerk'],
    });
    expect(planActorOf({ people }, { id: 'u-x', username: 'x', roles: ['department'], organisationId: 'o' })).toEqual({
      personId: 'u-x',
      roles: [],
    });
  });
});
