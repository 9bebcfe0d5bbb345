import { digestWorkflowId, type LeaderDigestInput, WORKFLOW_TYPES } from '@dondoc/contracts';
import type { TemporalGateway } from '@dondoc/temporal-client';

type Client = Awaited<ReturnType<TemporalGateway['client']>>;

/**
 * Makes sure every leader has their weekly digest workflow: started under the stable id
 * `digest:<leaderId>` with `USE_EXISTING`, so a restart of the worker (or two workers) never starts
 * a second one and a running digest keeps its schedule. A new digest starts with the administered
 * calendar additions (`currentCalendarAdditions`), so its first Monday already skips a day off;
 * running ones get later changes through the `calendarChanged` broadcast.
 */
export async function ensureLeaderDigests(
  client: Client,
  taskQueue: string,
  leaderIds: readonly string[],
  calendarAdditions: NonNullable<LeaderDigestInput['calendarAdditions']>,
): Promise<void> {
  for (const leaderId of leaderIds) {
    const input: LeaderDigestInput = { leaderId, ...(calendarAdditions.length ? { calendarAdditions } : {}) };
    await client.workflow.start(WORKFLOW_TYPES.leaderDigest, {
      taskQueue,
      workflowId: digestWorkflowId(leaderId),
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }
}
