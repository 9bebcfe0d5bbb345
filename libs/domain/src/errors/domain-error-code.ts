/**
 * Every refusal the pure rules can produce. String values so they survive JSON (Temporal payloads,
 * HTTP bodies) and can be mapped once at each boundary.
 */
export enum DomainErrorCode {
  // dates
  InvalidDate = 'INVALID_DATE',
  InvalidDateFormat = 'INVALID_DATE_FORMAT',
  InvalidYear = 'INVALID_YEAR',
  // calendar
  InvalidCalendarData = 'INVALID_CALENDAR_DATA',
  // deadlines and reporting
  InvalidDueRule = 'INVALID_DUE_RULE',
  InvalidPeriod = 'INVALID_PERIOD',
  DeadlineOnNonWorkingDay = 'DEADLINE_ON_NON_WORKING_DAY',
  // escalation
  InvalidEscalationPolicy = 'INVALID_ESCALATION_POLICY',
  NoEscalationRecipient = 'NO_ESCALATION_RECIPIENT',
  // plan lifecycle
  TransitionNotAllowed = 'TRANSITION_NOT_ALLOWED',
  ActorNotPermitted = 'ACTOR_NOT_PERMITTED',
  ContentReviewMissing = 'CONTENT_REVIEW_MISSING',
  FormatCheckMissing = 'FORMAT_CHECK_MISSING',
  ApprovalMissing = 'APPROVAL_MISSING',
  ApprovalStale = 'APPROVAL_STALE',
  NotTheFutureSigner = 'NOT_THE_FUTURE_SIGNER',
  SigningAuthorityMissing = 'SIGNING_AUTHORITY_MISSING',
  SigningAuthorityExpired = 'SIGNING_AUTHORITY_EXPIRED',
  SigningCapacityMismatch = 'SIGNING_CAPACITY_MISMATCH',
  TuqRedelegated = 'TUQ_REDELEGATED',
  NumberBeforeSignature = 'NUMBER_BEFORE_SIGNATURE',
  NumberAlreadyUsed = 'NUMBER_ALREADY_USED',
  SealBeforeSignature = 'SEAL_BEFORE_SIGNATURE',
  IssueBeforeNumber = 'ISSUE_BEFORE_NUMBER',
  SealMissing = 'SEAL_MISSING',
  ReasonRequired = 'REASON_REQUIRED',
  // tasks
  TaskTransitionNotAllowed = 'TASK_TRANSITION_NOT_ALLOWED',
  InvalidProgress = 'INVALID_PROGRESS',
  ExtensionBeyondPlanPeriod = 'EXTENSION_BEYOND_PLAN_PERIOD',
  ExtensionNotLater = 'EXTENSION_NOT_LATER',
  NoPendingExtension = 'NO_PENDING_EXTENSION',
  ReassignToSameUnit = 'REASSIGN_TO_SAME_UNIT',
}
