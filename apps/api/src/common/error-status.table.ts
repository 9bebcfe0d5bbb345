import { DomainErrorCode } from '@dondoc/domain';

/**
 * Domain error code → HTTP status, in one table. Refusals of a state transition are conflicts
 * (409); malformed inputs are 422; missing permissions 403. Codes absent here answer 422 (a unit test insists every code is listed; Partial so that a new
 * domain code does not break the build of the whole repository before it is mapped).
 */
export const DOMAIN_ERROR_STATUS: Readonly<Partial<Record<DomainErrorCode, number>>> = {
  [DomainErrorCode.InvalidDate]: 422,
  [DomainErrorCode.InvalidDateFormat]: 422,
  [DomainErrorCode.InvalidYear]: 422,
  [DomainErrorCode.InvalidCalendarData]: 422,
  [DomainErrorCode.InvalidDueRule]: 422,
  [DomainErrorCode.InvalidPeriod]: 422,
  [DomainErrorCode.DeadlineOnNonWorkingDay]: 422,
  [DomainErrorCode.InvalidEscalationPolicy]: 422,
  [DomainErrorCode.NoEscalationRecipient]: 409,
  [DomainErrorCode.TransitionNotAllowed]: 409,
  [DomainErrorCode.ActorNotPermitted]: 403,
  [DomainErrorCode.ContentReviewMissing]: 409,
  [DomainErrorCode.FormatCheckMissing]: 409,
  [DomainErrorCode.ApprovalMissing]: 409,
  [DomainErrorCode.ApprovalStale]: 409,
  [DomainErrorCode.NotTheFutureSigner]: 403,
  [DomainErrorCode.SigningAuthorityMissing]: 403,
  [DomainErrorCode.SigningAuthorityExpired]: 403,
  [DomainErrorCode.SigningCapacityMismatch]: 422,
  [DomainErrorCode.TuqRedelegated]: 422,
  [DomainErrorCode.NumberBeforeSignature]: 409,
  [DomainErrorCode.NumberAlreadyUsed]: 409,
  [DomainErrorCode.SealBeforeSignature]: 409,
  [DomainErrorCode.IssueBeforeNumber]: 409,
  [DomainErrorCode.SealMissing]: 409,
  [DomainErrorCode.ReasonRequired]: 422,
  [DomainErrorCode.TaskTransitionNotAllowed]: 409,
  [DomainErrorCode.InvalidProgress]: 422,
  [DomainErrorCode.ExtensionBeyondPlanPeriod]: 422,
  [DomainErrorCode.ExtensionNotLater]: 422,
  [DomainErrorCode.NoPendingExtension]: 409,
  [DomainErrorCode.ReassignToSameUnit]: 422,
};
