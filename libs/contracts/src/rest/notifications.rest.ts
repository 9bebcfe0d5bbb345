// `GET /api/notifications`: reminders, escalations and notices sent to the caller.

export interface NotificationItem {
  id: string;
  /** `reminder`, `escalation`, `overdue`, `digest` or `info`. */
  kind: string;
  title: string;
  body: string;
  /** `plan`, `task` or `duty`. */
  objectType: string;
  /** The workflow id of the object. */
  objectId: string;
  /** Received as (owner, unitHead, signer, …). */
  audience: string;
  /** Whether it reached the caller in person, through their organisation or their position. */
  via: 'user' | 'organisation' | 'position';
  note: string | null;
  createdAt: string;
  readAt: string | null;
}
