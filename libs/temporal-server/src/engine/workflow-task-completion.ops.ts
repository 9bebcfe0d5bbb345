import { invalidArgument } from '../errors/server-error';
import { EventType, WorkflowTaskFailedCause as Cause } from '../proto/enums.generated';
import { durMs } from '../util/time';
import { applyCommand, applyMessage, CLOSING_COMMANDS, validateCommands } from './commands';
import { terminateRun } from './close-run';
import { HISTORY_COUNT_LIMIT, HISTORY_SIZE_LIMIT, type Engine } from './engine';
import type { Obj } from './events';
import { activityTaskFor } from './activity.ops';
import { dispatchLegacyQueries, resolveAttachedQueries } from './queries.ops';
import { hasAdmittedUpdates } from './updates.ops';
import { endAttempt, startedTaskByToken, startWorkflowTask } from './workflow-task.ops';
import { workflowTaskMachine } from './workflow-task.machine';

/**
 * RespondWorkflowTaskCompleted: WorkflowTaskCompleted, then the command events in order (protocol messages at
 * their command's position, the rest after), then buffered events; a new task if anything is pending.
 * Closing the run while events are buffered is refused with INVALID_ARGUMENT `UnhandledCommand` (the worker replays).
 */
export function completeWorkflowTask(e: Engine, req: Obj): Obj {
  const commands = (req.commands as Obj[] | undefined) ?? [];
  const outcome = e.tx((uow) => {
    const run = startedTaskByToken(e, req.taskToken);
    const w = run.wft;
    const identity = String(req.identity ?? '');
    resolveAttachedQueries(e, req.queryResults as Obj | undefined);
    const closing = commands.some((c) => CLOSING_COMMANDS.has(Number(c.commandType)));
    if (closing && (run.buffered.length > 0 || hasAdmittedUpdates(run))) {
      endAttempt(e, uow, run, EventType.WORKFLOW_TASK_FAILED, { cause: Cause.UNHANDLED_COMMAND, identity }, 'fail', 1);
      return { error: 'UnhandledCommand', run: undefined, resetHistoryEventId: 0 };
    }
    const bad = validateCommands(e, run, commands);
    if (bad) {
      endAttempt(e, uow, run, EventType.WORKFLOW_TASK_FAILED, { cause: bad.cause, failure: { message: bad.message }, identity }, 'fail', w.attempt + 1);
      return { error: bad.message, run: undefined, resetHistoryEventId: 0 };
    }
    w.state = workflowTaskMachine.next(w.state, 'complete');
    uow.touch(run);
    uow.clearTimer(`wft-stc:${run.runId}`);
    if (w.speculative && isRejectionOnly(req, commands) && run.buffered.length === 0) {
      // Speculative task that only rejected updates: it leaves no trace; the worker rolls back to the last task.
      for (const m of (req.messages as Obj[] | undefined) ?? []) applyMessage(e, uow, run, m);
      w.speculative = false;
      w.transientEvents = [];
      w.deliveredQueries = [];
      w.deliveredUpdates = [];
      if (hasAdmittedUpdates(run)) uow.wantWft.add(run);
      if (run.pendingQueries.size && !uow.wantWft.has(run)) dispatchLegacyQueries(e, uow, run);
      return { error: undefined, run: undefined, resetHistoryEventId: run.lastCompletedStartedId };
    }
    w.speculative = false;
    for (const ev of w.transientEvents) uow.appendBuilt(run, ev);
    const completed = uow.append(run, EventType.WORKFLOW_TASK_COMPLETED, {
      scheduledEventId: w.scheduledEventId,
      startedEventId: w.startedEventId,
      identity,
      binaryChecksum: req.binaryChecksum,
      sdkMetadata: req.sdkMetadata,
      meteringMetadata: req.meteringMetadata,
      workerVersion: req.workerVersionStamp,
      deployment: req.deployment,
      versioningBehavior: req.versioningBehavior,
    });
    run.lastCompletedStartedId = w.startedEventId;
    w.attempt = 1;
    w.transientEvents = [];
    w.deliveredQueries = [];
    w.deliveredUpdates = [];
    const sticky = req.stickyAttributes as Obj | undefined;
    const stickyName = String((sticky?.workerTaskQueue as Obj | undefined)?.name ?? '');
    run.sticky = stickyName && !e.deadStickyQueues.has(stickyName) ? { queue: stickyName, scheduleToStartMs: durMs(sticky?.scheduleToStartTimeout as Obj) || 10_000 } : undefined;
    const messages = new Map<string, Obj>();
    for (const m of (req.messages as Obj[] | undefined) ?? []) messages.set(String(m.id), m);
    // Commands were validated up front; anything still throwing here is a server bug: log it and keep the
    // already-applied part consistent rather than abandoning a half-applied unit of work.
    const guarded = (what: string, fn: () => void) => {
      try {
        fn();
      } catch (err) {
        e.log.error(`${what} of ${run.workflowId}/${run.runId} failed`, err);
      }
    };
    for (const cmd of commands) {
      if (run.state !== 'running') break;
      guarded(`command ${String(cmd.commandType)}`, () => applyCommand(e, uow, run, cmd, completed.eventId, identity, messages));
    }
    for (const m of messages.values()) if (run.state === 'running') guarded('protocol message', () => applyMessage(e, uow, run, m));
    if (run.state === 'running') {
      if (req.returnNewWorkflowTask && e.inlineWorkflowTasks) uow.inlineWft.add(run);
      e.flushBuffered(uow, run);
      if (req.forceCreateNewWorkflowTask || hasAdmittedUpdates(run)) uow.wantWft.add(run);
      if (run.pendingQueries.size && !uow.wantWft.has(run)) dispatchLegacyQueries(e, uow, run);
      if (run.nextEventId - 1 > HISTORY_COUNT_LIMIT || run.historySizeBytes > HISTORY_SIZE_LIMIT) terminateRun(e, uow, run, 'Workflow history size / count exceeds limit.');
    }
    // Eager attempts whose run closed in this same completion are not handed out (the close cancelled nothing yet
    // started by a worker, and the worker would only be told its task is gone).
    const eager = run.state === 'running' ? uow.eagerActivities.map((x) => activityTaskFor(x.run, x.activity)) : [];
    return { error: undefined, run: uow.inlineWft.has(run) ? run : undefined, resetHistoryEventId: 0, eager };
  });
  if (outcome.error) throw invalidArgument(outcome.error);
  if (outcome.resetHistoryEventId) return { resetHistoryEventId: outcome.resetHistoryEventId };
  const activityTasks = outcome.eager?.length ? { activityTasks: outcome.eager } : {};
  const run = outcome.run;
  if (!run || run.state !== 'running' || run.wft.state !== 'scheduled') return activityTasks;
  // The next task was not queued: start it here and return it in the response (saves the worker a poll).
  const task = { namespace: run.namespace, queueType: 'workflow' as const, queue: run.wft.queue, kind: 'wft' as const, runId: run.runId, ref: String(run.wft.token), attempt: run.wft.attempt };
  const poll = { identity: String(req.identity ?? ''), workerInstanceKey: String(req.workerInstanceKey ?? ''), sticky: run.wft.sticky };
  const workflowTask = startWorkflowTask(e, task, poll);
  if (!workflowTask) e.matching.add(task);
  return workflowTask ? { workflowTask, ...activityTasks } : activityTasks;
}

/** No commands and nothing but update rejections: what a speculative task may end with and be forgotten. */
function isRejectionOnly(req: Obj, commands: Obj[]): boolean {
  if (commands.length > 0 || req.forceCreateNewWorkflowTask) return false;
  const messages = (req.messages as Obj[] | undefined) ?? [];
  return messages.length > 0 && messages.every((m) => String((m.body as Obj | undefined)?.type_url ?? '').endsWith('update.v1.Rejection'));
}
