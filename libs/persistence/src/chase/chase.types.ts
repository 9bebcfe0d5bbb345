/** Kinds of in-app notifications (`info` = a lifecycle step someone must act on). */
export const NOTIFICATION_KINDS = ['reminder', 'escalation', 'overdue', 'digest', 'info'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Role of an organisation's task in a responsibility. */
export const TASK_PROJECTION_ROLES = ['lead', 'coordinator'] as const;

/** Status of one organisation's submission for a duty period. */
export const SUBMISSION_PROJECTION_STATUSES = ['open', 'overdue', 'submitted'] as const;

/** Status of a number in the outgoing register (`recalled`: the document was recalled; its number is never reused). */
export const REGISTER_ENTRY_STATUSES = ['reserved', 'used', 'voided', 'recalled'] as const;
export type RegisterEntryStatus = (typeof REGISTER_ENTRY_STATUSES)[number];

/** `'a','b'` for CHECK constraints. */
export const sqlValues = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(',');
