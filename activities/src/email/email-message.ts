import type { NotificationRequest } from '@dondoc/contracts';

/** The subject prefix that tells a mail from dondoc apart in a crowded inbox. */
export const EMAIL_SUBJECT_PREFIX = '[Đôn đốc]';

/** An e-mail copy of a notification: subject (its first line, Vietnamese) and plain-text body. */
export interface EmailMessage {
  subject: string;
  text: string;
}

/**
 * The mail of a notification: the subject is the message's first line ("Nhắc việc: "…" — hạn hết
 * ngày 24/11/2026"), the body the whole message plus the note (why this recipient) and a footer.
 */
export function emailOf(request: NotificationRequest): EmailMessage {
  const [first = ''] = request.messageVi.split('\n');
  const subject = `${EMAIL_SUBJECT_PREFIX} ${first.length > 150 ? `${first.slice(0, 149)}…` : first}`;
  const text = [
    request.messageVi,
    ...(request.note ? ['', `Ghi chú: ${request.note}`] : []),
    '',
    '—',
    'Thư gửi tự động từ hệ thống Đôn đốc. Xem chi tiết và thực hiện trong hệ thống; vui lòng không trả lời thư này.',
  ].join('\n');
  return { subject, text };
}
