/** Where an outgoing e-mail stands: waiting (first try or a retry), sent, or given up after the last attempt. */
export const MAIL_OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MailOutboxStatus = (typeof MAIL_OUTBOX_STATUSES)[number];
