import type { NotificationRequest } from '@dondoc/contracts';
import type { Notifier } from '../ports';
import type { PostgresDataSource } from './data-source.type';

/** Vietnamese titles of in-app notifications by kind. */
export const NOTIFICATION_TITLES: Readonly<Record<NotificationRequest['kind'], string>> = {
  reminder: 'Nhắc việc',
  overdue: 'Quá hạn',
  escalation: 'Báo cáo vượt cấp',
  digest: 'Tổng hợp hằng tuần',
  info: 'Thông báo',
};

/**
 * In-app notifications in Postgres (`notifications`), once per `request.key`: a retried activity
 * inserts nothing the second time. The recipient id is resolved to a user, organisation or
 * position when it is one (the console lists by any of the three).
 */
export class PostgresNotifier implements Notifier {
  constructor(private readonly dataSource: PostgresDataSource) {}

  async send(request: NotificationRequest): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notifications (key, recipient_ref, recipient_user_id, recipient_organisation_id, recipient_position_id,
                                  audience, kind, title, body, object_type, object_id, note, scheduled_for)
       VALUES ($1, $2,
               (SELECT id FROM users WHERE id::text = $2),
               (SELECT id FROM organisations WHERE id::text = $2),
               (SELECT id FROM positions WHERE id::text = $2),
               $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (key) DO NOTHING`,
      [
        request.key,
        request.recipientId,
        request.audience,
        request.kind,
        NOTIFICATION_TITLES[request.kind],
        request.messageVi,
        request.subject.type,
        request.subject.workflowId,
        request.note ?? null,
        request.scheduledFor,
      ],
    );
  }
}
