// E-mail copies of notifications through a real SMTP server running in this process (npm smtp-server): the
// worker with Postgres ports queues the mail with the in-app notification and the worker's drainer sends it. A
// reminder arrives with its Vietnamese subject; with the mail server down the workflow carries on (the next
// reminder fires, in-app notifications exist) and the mail goes out once the server is back.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import { SMTPServer } from 'smtp-server';
import { createSmtpMailSender, PostgresMailOutbox } from '@dondoc/activities';
import { type AssignedTaskInput, taskWorkflowId, WORKFLOW_TYPES } from '@dondoc/contracts';
import { atLocalTime, type EscalationPolicy, formatDdMmYyyy, localDateOf, WorkingCalendar } from '@dondoc/domain';
import { createTestDatabase, type TestDatabase } from '@dondoc/testing';
import { createDondocWorker } from '../../apps/worker/src/create-worker';
import { type MailDrainer, startMailDrainer } from '../../apps/worker/src/mail-drainer';
import { postgresActivityDeps } from '../../apps/worker/src/worker-deps';
// Deep import: libs/testing's index does not export the temporal helpers yet.
import { createTestEnvironment } from '../../libs/testing/src/temporal';
import { dondocWorkflowBundle } from '../workflows/support/workflow-bundle';

jest.setTimeout(180_000);

/** Two reminders to the owner: T−5 and T−3 working days, 08:00 local. */
const POLICY: EscalationPolicy = {
  id: 'test-two-reminders',
  name: 'Hai lần nhắc',
  steps: [
    { id: 'T-5', offset: { kind: 'workingDays', days: -5 }, audience: 'owner', kind: 'reminder' },
    { id: 'T-3', offset: { kind: 'workingDays', days: -3 }, audience: 'owner', kind: 'reminder' },
  ],
  stopWhen: ['done'],
  sendAt: { hour: 8, minute: 0 },
};

interface Received {
  to: string[];
  subject: string;
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) of an unfolded header value. */
function decodeHeader(value: string): string {
  const unfolded = value.replace(/\r?\n[ \t]+/g, ' ').replace(/\?=\s+=\?/g, '?==?');
  return unfolded.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes: Buffer[] = [];
    for (const [, , enc, text] of run.matchAll(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g)) {
      bytes.push(
        enc!.toUpperCase() === 'B'
          ? Buffer.from(text!, 'base64')
          : Buffer.from(text!.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'),
      );
    }
    return Buffer.concat(bytes).toString('utf8');
  });
}

/** An SMTP server in this process that keeps what it receives. */
function smtpServer(received: Received[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const head = raw.split(/\r?\n\r?\n/)[0]!;
        const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: decodeHeader(subject) });
        callback();
      });
    },
  });
}

function listen(server: SMTPServer, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port));
  });
}

/** Polls `fn` until `ok` holds (no fixed sleeps); fails with the last value after `ms`. */
async function eventually<T>(fn: () => Promise<T> | T, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  let last = await fn();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await fn();
  }
  return last;
}

describe('e-mail through SMTP', () => {
  let db: TestDatabase;
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  let drainer: MailDrainer;
  let server: SMTPServer;
  let port: number;
  const received: Received[] = [];
  const taskQueue = `dondoc-mail-${randomUUID().slice(0, 8)}`;
  const calendar = WorkingCalendar.default();
  let vhxh: { id: string; organisation_id: string };

  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Installed by another file in this jest worker.
    }
    const [database, created, bundle] = await Promise.all([createTestDatabase({ seeded: true }), createTestEnvironment('time-skipping'), dondocWorkflowBundle()]);
    db = database;
    env = created;
    const [updated] = (await db.dataSource.query(
      `UPDATE users SET email = 'vhxh@tanhoa.gov.vn' WHERE username = 'vhxh' RETURNING id, organisation_id`,
    )) as [{ id: string; organisation_id: string }[], number];
    vhxh = updated[0]!;
    server = smtpServer(received);
    port = await listen(server);
    worker = await createDondocWorker({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      deps: postgresActivityDeps(db.dataSource, { mail: true }),
      workflowBundle: bundle,
      shutdownGraceTime: '1 second',
    });
    running = worker.run();
    drainer = startMailDrainer({
      outbox: new PostgresMailOutbox(db.dataSource),
      sender: createSmtpMailSender({ host: '127.0.0.1', port, secure: false, user: undefined, password: undefined, from: 'Đôn đốc <dondoc@tanhoa.gov.vn>' }),
      intervalMs: 100,
      retry: { retryBaseMs: 100, retryMaxMs: 500, maxAttempts: 1000 },
    });
  });

  afterAll(async () => {
    await drainer?.stop();
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await env?.teardown();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    await db?.destroy();
  });

  async function startTask(title: string) {
    const today = localDateOf(new Date(await env.currentTimeMs()));
    const dueDay = calendar.addWorkingDays(today, 8);
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r1',
      orgId: vhxh.organisation_id,
      title,
      role: 'lead',
      dueRule: { kind: 'lastDay', date: dueDay },
      policy: POLICY,
      chain: { ownerId: vhxh.id },
    };
    const workflowId = taskWorkflowId(planId, 'r1', vhxh.organisation_id);
    await env.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue, workflowId });
    return {
      workflowId,
      dueDay,
      t5: atLocalTime(calendar.addWorkingDays(dueDay, -5), 8).getTime(),
      t3: atLocalTime(calendar.addWorkingDays(dueDay, -3), 8).getTime(),
    };
  }

  const sleepUntil = async (at: number) => env.sleep(at + 60_000 - (await env.currentTimeMs()));
  const inApp = (workflowId: string) =>
    db.dataSource.query(`SELECT key, kind, body FROM notifications WHERE object_id = $1 ORDER BY scheduled_for`, [workflowId]) as Promise<
      { key: string; kind: string; body: string }[]
    >;

  it('sends the reminder as an e-mail with its Vietnamese subject to the owner’s address', async () => {
    const task = await startTask('Rà soát hộ nghèo, hộ cận nghèo');
    await sleepUntil(task.t5);
    const [mail] = await eventually(
      () => received.filter((m) => m.subject.includes('Rà soát hộ nghèo')),
      (m) => m.length === 1,
    );
    expect(mail).toEqual({
      to: ['vhxh@tanhoa.gov.vn'],
      subject: `[Đôn đốc] Nhắc việc: "Rà soát hộ nghèo, hộ cận nghèo" — hạn hết ngày ${formatDdMmYyyy(task.dueDay)}`,
    });
    expect((await inApp(task.workflowId)).map((n) => n.kind)).toEqual(['reminder']);
  });

  it('with the mail server down, the workflow carries on and the mail goes out when the server is back', async () => {
    await new Promise<void>((r) => server.close(() => r()));
    const task = await startTask('Cấp thẻ bảo hiểm y tế');
    await sleepUntil(task.t5);
    // The drainer keeps failing and rescheduling; the workflow is not held by it.
    const failing = await eventually(
      () => db.dataSource.query(`SELECT status, attempts, last_error FROM mail_outbox WHERE notification_key LIKE $1`, [`${task.workflowId}:%`]) as Promise<
        { status: string; attempts: number; last_error: string | null }[]
      >,
      (rows) => rows.length === 1 && rows[0]!.attempts >= 2,
    );
    expect(failing[0]).toMatchObject({ status: 'pending' });
    expect(failing[0]!.last_error).toBeTruthy();
    await sleepUntil(task.t3);
    const notes = await eventually(
      () => inApp(task.workflowId),
      (rows) => rows.length === 2,
    );
    expect(notes.map((n) => n.kind)).toEqual(['reminder', 'reminder']);
    expect(received.filter((m) => m.subject.includes('Cấp thẻ'))).toEqual([]);

    server = smtpServer(received);
    await listen(server, port);
    const mails = await eventually(
      () => received.filter((m) => m.subject.includes('Cấp thẻ bảo hiểm y tế')),
      (m) => m.length === 2,
    );
    expect(mails.every((m) => m.to[0] === 'vhxh@tanhoa.gov.vn')).toBe(true);
    // The drainer marks a row sent after the SMTP server accepted the mail: the rows follow the mails shortly.
    const rows = await eventually(
      () => db.dataSource.query(`SELECT status FROM mail_outbox WHERE notification_key LIKE $1`, [`${task.workflowId}:%`]) as Promise<{ status: string }[]>,
      (r) => r.length === 2 && r.every((row) => row.status === 'sent'),
    );
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });
});
