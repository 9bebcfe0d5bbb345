import { randomUUID } from 'node:crypto';
import { notFound } from '../errors/server-error';
import { EventType, UpdateWorkflowExecutionLifecycleStage as Stage } from '../proto/enums.generated';
import { encodeMessage } from '../proto/proto-root';
import { wake, waitFor, type Engine } from './engine';
import type { Obj } from './events';
import type { RunState, UpdateInfo } from './run-state';
import type { UnitOfWork } from './unit-of-work';
import { updateMachine, type UpdateAction } from './update.machine';

/** Update calls wait this long for the requested stage, then return the stage reached (client re-polls). */
export const UPDATE_LONG_POLL_MS = 20_000;

// Keyed by workflow id, not run: an admitted update can move to the next run of a continue-as-new chain.
const waitKey = (run: RunState, id: string) => `${run.namespace}/${run.workflowId}/${id}`;

function transition(u: UpdateInfo, action: UpdateAction): void {
  u.state = updateMachine.next(u.state, action);
}

/** Marks admitted updates as delivered in the task being started; returns them with encoded Request bodies. */
export function deliverUpdates(run: RunState): Array<{ updateId: string; encodedRequest: Uint8Array }> {
  const out: Array<{ updateId: string; encodedRequest: Uint8Array }> = [];
  for (const u of run.updates.values()) {
    if (u.state !== 'admitted') continue;
    transition(u, 'deliver');
    run.wft.deliveredUpdates.push(u.updateId);
    out.push({ updateId: u.updateId, encodedRequest: encodeMessage('temporal.api.update.v1.Request', u.request) });
  }
  return out;
}

/** Delivered but unanswered updates go back to admitted when their task fails or times out. */
export function redeliverUpdates(run: RunState): void {
  for (const id of run.wft.deliveredUpdates) {
    const u = run.updates.get(id);
    if (u?.state === 'requested') transition(u, 'redeliver');
  }
  run.wft.deliveredUpdates = [];
}

export const hasAdmittedUpdates = (run: RunState): boolean => [...run.updates.values()].some((u) => u.state === 'admitted');

/** Applies one protocol message from a completion: Acceptance, Response or Rejection. */
export function applyUpdateMessage(e: Engine, uow: UnitOfWork, run: RunState, msg: Obj, body: { typeName: string; value: Obj }): void {
  const id = String(msg.protocolInstanceId ?? '');
  const u = run.updates.get(id);
  const action: UpdateAction | undefined = body.typeName.endsWith('update.v1.Acceptance')
    ? 'accept'
    : body.typeName.endsWith('update.v1.Response')
      ? 'complete'
      : body.typeName.endsWith('update.v1.Rejection')
        ? 'reject'
        : undefined;
  // A message for an unknown or already settled update (e.g. aborted meanwhile) is ignored, never half-applied.
  if (!u || !action || !updateMachine.can(u.state, action)) {
    e.log.warn(`ignoring protocol message ${String(msg.id)} (${body.typeName}) for update ${id} in state ${u?.state ?? 'unknown'}`);
    return;
  }
  const v = body.value;
  if (action === 'accept') {
    transition(u, 'accept');
    u.acceptedEventId = uow.append(run, EventType.WORKFLOW_EXECUTION_UPDATE_ACCEPTED, {
      protocolInstanceId: id,
      acceptedRequestMessageId: v.acceptedRequestMessageId,
      acceptedRequestSequencingEventId: v.acceptedRequestSequencingEventId,
      acceptedRequest: v.acceptedRequest ?? u.request,
    }).eventId;
  } else if (action === 'complete') {
    transition(u, 'complete');
    u.outcome = v.outcome as Obj;
    uow.append(run, EventType.WORKFLOW_EXECUTION_UPDATE_COMPLETED, { meta: v.meta ?? { updateId: id }, acceptedEventId: u.acceptedEventId, outcome: v.outcome });
  } else {
    transition(u, 'reject');
    u.outcome = { failure: v.failure };
  }
  uow.touch(run);
  uow.after(() => wake(e.updateWaiters, waitKey(run, id)));
}

/**
 * On close: updates not yet accepted move to the next run of a continue-as-new; every other unfinished update is
 * aborted (an accepted one with a failure outcome) and its callers woken.
 */
export function abortUpdates(e: Engine, uow: UnitOfWork, run: RunState): void {
  const next = run.state === 'continuedAsNew' && run.nextRunId ? e.store.getRun(run.nextRunId) ?? [...uow.runs].find((r) => r.runId === run.nextRunId) : undefined;
  for (const u of run.updates.values()) {
    if (u.state === 'completed' || u.state === 'rejected' || u.state === 'aborted') continue;
    if (next && (u.state === 'admitted' || u.state === 'requested')) {
      if (u.state === 'requested') transition(u, 'redeliver');
      run.updates.delete(u.updateId);
      u.runId = next.runId;
      next.updates.set(u.updateId, u);
      continue;
    }
    const wasAccepted = u.state === 'accepted';
    transition(u, 'abort');
    if (wasAccepted) {
      u.outcome = { failure: { message: 'Workflow Update failed because the Workflow completed before the Update completed.', source: 'Server', applicationFailureInfo: { type: 'AcceptedUpdateCompletedWorkflow', nonRetryable: true } } };
    }
    uow.after(() => wake(e.updateWaiters, waitKey(run, u.updateId)));
  }
}

function stageOf(u: UpdateInfo): number {
  if (u.state === 'completed' || u.state === 'rejected' || (u.state === 'aborted' && u.outcome)) return Stage.COMPLETED;
  if (u.state === 'accepted') return Stage.ACCEPTED;
  return Stage.ADMITTED;
}

async function awaitStage(e: Engine, run: RunState, u: UpdateInfo, wanted: number, signal: AbortSignal): Promise<Obj> {
  const deadline = Date.now() + UPDATE_LONG_POLL_MS;
  while (stageOf(u) < wanted && u.state !== 'aborted' && Date.now() < deadline && !signal.aborted) {
    await waitFor(e.updateWaiters, waitKey(run, u.updateId), deadline - Date.now(), signal);
  }
  if (u.state === 'aborted' && !u.outcome) throw notFound('workflow execution already completed');
  const stage = stageOf(u);
  return {
    updateRef: { workflowExecution: { workflowId: run.workflowId, runId: u.runId }, updateId: u.updateId },
    outcome: stage === Stage.COMPLETED ? u.outcome : undefined,
    stage,
  };
}

/** UpdateWorkflowExecution: admit (dedup by update id), ask for a workflow task, wait for the requested stage. */
export async function updateWorkflow(e: Engine, namespace: string, req: Obj, signal: AbortSignal): Promise<Obj> {
  const request = (req.request as Obj) ?? {};
  const meta = (request.meta as Obj) ?? {};
  const updateId = String(meta.updateId || randomUUID());
  const { run, u } = e.tx((uow) => {
    const run = e.resolve(namespace, req.workflowExecution as Obj);
    const first = String(req.firstExecutionRunId ?? '');
    if (first && run.firstRunId !== first) throw notFound('workflow execution not found (first execution run id mismatch)');
    let u = findUpdate(e, run, updateId);
    if (!u) {
      if (run.state !== 'running') throw notFound('workflow execution already completed');
      u = { state: 'admitted', updateId, runId: run.runId, request: { ...request, meta: { ...meta, updateId } }, acceptedEventId: 0 };
      run.updates.set(updateId, u);
      uow.touch(run);
      uow.wantWft.add(run);
      uow.speculativeWft.add(run);
    }
    return { run, u };
  });
  const wanted = Number((req.waitPolicy as Obj | undefined)?.lifecycleStage ?? 0) || Stage.ACCEPTED;
  return awaitStage(e, run, u, wanted, signal);
}

/** PollWorkflowExecutionUpdate: wait for the stage of an existing update. */
export async function pollUpdate(e: Engine, namespace: string, req: Obj, signal: AbortSignal): Promise<Obj> {
  const ref = (req.updateRef as Obj) ?? {};
  const run = e.resolve(namespace, ref.workflowExecution as Obj);
  const u = findUpdate(e, run, String(ref.updateId ?? ''));
  if (!u) throw notFound(`update ${String(ref.updateId)} not found`);
  const wanted = Number((req.waitPolicy as Obj | undefined)?.lifecycleStage ?? 0) || Stage.COMPLETED;
  const res = await awaitStage(e, run, u, wanted, signal);
  return { outcome: res.outcome, stage: res.stage, updateRef: res.updateRef };
}

/** Finds an update on a run or, if it moved with continue-as-new, on a later run of the chain. */
function findUpdate(e: Engine, run: RunState, updateId: string): UpdateInfo | undefined {
  for (let r: RunState | undefined = run, hops = 0; r && hops < 100; r = r.nextRunId ? e.store.getRun(r.nextRunId) : undefined, hops++) {
    const u = r.updates.get(updateId);
    if (u) return u;
  }
  return undefined;
}
