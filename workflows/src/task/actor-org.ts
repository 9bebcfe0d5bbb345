import { DomainError, DomainErrorCode, type TaskAction } from '@dondoc/domain';
import type { TaskActorInput } from '@dondoc/contracts';

/** Steps only the owning unit takes: the acting person must belong to it. */
const OWNER_ACTIONS = new Set<TaskAction['type']>(['reportProgress', 'submit', 'requestExtension']);

/**
 * The owning unit's steps from a person of another organisation, as the domain error the validator
 * throws (the API checks the same first; the workflow does not trust it). An actor without an
 * organisation (histories and callers older than the check) is left to `decideTask`.
 */
export function actorOrgRefusal(action: TaskAction, actor: TaskActorInput, ownerUnitId: string): DomainError | undefined {
  if (!OWNER_ACTIONS.has(action.type) || actor.orgId === undefined || actor.orgId === ownerUnitId) return undefined;
  return new DomainError(DomainErrorCode.ActorNotPermitted, { actorOrgId: actor.orgId, ownerUnitId }, 'nhiệm vụ không thuộc đơn vị của bạn');
}
