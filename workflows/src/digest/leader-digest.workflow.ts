import { condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { calendarChangedSignal, type LeaderDigestInput, leaderDigestStateQuery, type LeaderDigestView } from '@dondoc/contracts';
import { composeWeeklyDigest, LEADER_WEEKLY_DIGEST, nextWeeklyDigestAt, toLocalIsoString } from '@dondoc/domain';
import { activities } from '../shared/activities.proxy';
import { calendarOf } from '../shared/calendar';
import { nowIso } from '../shared/now';

/**
 * A leader's weekly digest (one per leader, `digest:<leaderId>`): sleeps until the next digest
 * instant (Monday 07:30 local, a Monday off moved to the next working day), reads the leader's
 * overdue and due-soon tasks from the projections, sends one `digest` notification when there is
 * something to say, then continues as new for the next week. A calendar swap wakes it to recompute.
 */
export async function leaderDigestWorkflow(input: LeaderDigestInput): Promise<void> {
  const workflowId = workflowInfo().workflowId;
  const schedule = input.schedule ?? LEADER_WEEKLY_DIGEST;
  let additions = input.calendarAdditions;
  let calendar = calendarOf(additions);
  const after = input.lastDigestAt ?? nowIso();
  let at = nextWeeklyDigestAt(after, calendar, schedule);
  let changed = false;

  setHandler(leaderDigestStateQuery, (): LeaderDigestView => ({ leaderId: input.leaderId, nextDigestAt: at.toISOString(), lastDigestAt: input.lastDigestAt ?? null }));
  setHandler(calendarChangedSignal, ({ additions: next }) => {
    additions = next;
    calendar = calendarOf(next);
    at = nextWeeklyDigestAt(after, calendar, schedule);
    changed = true;
  });

  // Updatable timer: a calendar change recomputes the instant and sleeps again.
  for (;;) {
    changed = false;
    const wait = at.getTime() - Date.now();
    if (wait <= 0) break;
    if (!(await condition(() => changed, wait))) break;
  }

  const atIso = at.toISOString();
  const { items } = await activities.loadLeaderDigest({ leaderId: input.leaderId, at: atIso, ...(additions ? { calendarAdditions: additions } : {}) });
  const digest = composeWeeklyDigest(items);
  if (digest) {
    await activities.sendNotification({
      // One digest per leader per digest day, also when the activity is retried.
      key: `${workflowId}:${toLocalIsoString(at).slice(0, 10)}`,
      recipientId: input.leaderId,
      audience: 'leaderInCharge',
      kind: 'digest',
      messageVi: digest.messageVi,
      subject: { type: 'digest', workflowId },
      scheduledFor: atIso,
      sentAt: nowIso(),
    });
  }
  return continueAsNew<typeof leaderDigestWorkflow>({ ...input, ...(additions ? { calendarAdditions: additions } : {}), lastDigestAt: atIso });
}
