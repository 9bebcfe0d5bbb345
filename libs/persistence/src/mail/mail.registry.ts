import { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutbox1763950000000 } from './migrations/1763950000000-mail-outbox.migration';

/** Entities of outgoing mail. */
export const MAIL_ENTITIES = [MailOutboxEntity];

/** Migrations of outgoing mail, oldest first. */
export const MAIL_MIGRATIONS = [MailOutbox1763950000000];
