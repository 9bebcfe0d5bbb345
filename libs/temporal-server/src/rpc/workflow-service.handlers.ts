import { invalidArgument, notFound } from '../errors/server-error';
import { recordHeartbeat, respondActivityCanceled, respondActivityCompleted, respondActivityFailed } from '../engine/activity.ops';
import { describeWorkflow } from '../engine/describe.ops';
import type { Engine } from '../engine/engine';
import type { Obj } from '../engine/events';
import { getHistory } from '../engine/history.ops';
import { queryWorkflow, respondQueryTaskCompleted } from '../engine/queries.ops';
import { cancelWorkflow, signalWorkflow, terminateWorkflow } from '../engine/signals.ops';
import { signalWithStart, startWorkflow } from '../engine/start-workflow.ops';
import { decodeToken, encodeToken } from '../engine/task-token';
import { pollUpdate, updateWorkflow } from '../engine/updates.ops';
import { completeWorkflowTask } from '../engine/workflow-task-completion.ops';
import { failWorkflowTask } from '../engine/workflow-task.ops';
import { shutdownWorker } from '../engine/shutdown-worker.ops';
import { executeMultiOperation } from '../engine/multi-operation.ops';
import { SYSTEM_SEARCH_ATTRIBUTES } from '../namespaces/namespace-registry';
import { TaskQueueKind } from '../proto/enums.generated';
import { countWorkflows, listWorkflows } from '../visibility/list-workflows';
import type { CallContext, Handler, HandlerTable } from './grpc-server';
import { checkPayloadSizes } from './limits';

/** A handler whose request names a namespace: validated (NOT_FOUND + NamespaceNotFoundFailure) and size-checked. */
type NsHandler = (ns: string, req: Obj, ctx: CallContext) => unknown;

/** WorkflowService: every RPC the 1.24 SDK calls, as thin adapters over engine operations. */
export function workflowServiceHandlers(e: Engine): HandlerTable {
  const ns = (h: NsHandler): Handler => (req, ctx) => {
    const name = e.namespaces.get(req.namespace as string).name;
    checkPayloadSizes(req, ctx.size);
    return h(name, req, ctx);
  };
  const poll = (type: 'workflow' | 'activity'): Handler =>
    ns(async (n, req, ctx) => {
      const tq = (req.taskQueue as Obj | undefined) ?? {};
      const name = String(tq.name ?? '');
      if (!name) throw invalidArgument('TaskQueue is not set on request.');
      const sticky = Number(tq.kind) === TaskQueueKind.STICKY;
      const info = { identity: String(req.identity ?? ''), workerInstanceKey: String(req.workerInstanceKey ?? ''), sticky };
      return (await e.matching.poll(n, type, name, info, ctx.signal)) ?? {};
    });
  const byId = (fn: (req: Obj) => unknown): Handler =>
    ns((n, req) => {
      const run = e.resolveOpen(n, { workflowId: req.workflowId, runId: req.runId });
      const sched = run.activityIds.get(String(req.activityId ?? ''));
      const a = sched === undefined ? undefined : run.activities.get(sched);
      if (!a || a.state !== 'started') throw notFound('activity not found or not started');
      return fn({ ...req, taskToken: encodeToken({ kind: 'a', runId: run.runId, scheduledEventId: a.scheduledEventId, attempt: a.attempt }) });
    });
  const W = 'WorkflowService/';
  return {
    [`${W}StartWorkflowExecution`]: ns((n, req) => startWorkflow(e, n, req)),
    [`${W}SignalWithStartWorkflowExecution`]: ns((n, req) => signalWithStart(e, n, req)),
    [`${W}SignalWorkflowExecution`]: ns((n, req) => (signalWorkflow(e, n, req), {})),
    [`${W}RequestCancelWorkflowExecution`]: ns((n, req) => (cancelWorkflow(e, n, req), {})),
    [`${W}TerminateWorkflowExecution`]: ns((n, req) => (terminateWorkflow(e, n, req), {})),
    [`${W}DescribeWorkflowExecution`]: ns((n, req) => describeWorkflow(e, n, req)),
    [`${W}GetWorkflowExecutionHistory`]: ns((n, req, ctx) => getHistory(e, n, req, ctx.signal)),
    [`${W}QueryWorkflow`]: ns((n, req, ctx) => queryWorkflow(e, n, req, ctx.signal)),
    [`${W}UpdateWorkflowExecution`]: ns((n, req, ctx) => updateWorkflow(e, n, req, ctx.signal)),
    [`${W}ExecuteMultiOperation`]: ns((n, req, ctx) => executeMultiOperation(e, n, req, ctx.signal)),
    [`${W}PollWorkflowExecutionUpdate`]: ns((n, req, ctx) => pollUpdate(e, n, req, ctx.signal)),
    [`${W}PollWorkflowTaskQueue`]: poll('workflow'),
    [`${W}RespondWorkflowTaskCompleted`]: ns((_n, req) => completeWorkflowTask(e, req)),
    [`${W}RespondWorkflowTaskFailed`]: ns((_n, req) => (failWorkflowTask(e, req), {})),
    [`${W}RespondQueryTaskCompleted`]: ns((_n, req) => {
      const t = decodeToken(req.taskToken);
      if (t.kind !== 'q') throw notFound('not a query task token');
      respondQueryTaskCompleted(e, t.id, req);
      return {};
    }),
    [`${W}PollActivityTaskQueue`]: poll('activity'),
    [`${W}RespondActivityTaskCompleted`]: ns((_n, req) => (respondActivityCompleted(e, req), {})),
    [`${W}RespondActivityTaskFailed`]: ns((_n, req) => (respondActivityFailed(e, req), {})),
    [`${W}RespondActivityTaskCanceled`]: ns((_n, req) => (respondActivityCanceled(e, req), {})),
    [`${W}RecordActivityTaskHeartbeat`]: ns((_n, req) => recordHeartbeat(e, req)),
    [`${W}RespondActivityTaskCompletedById`]: byId((req) => (respondActivityCompleted(e, req), {})),
    [`${W}RespondActivityTaskFailedById`]: byId((req) => (respondActivityFailed(e, req), {})),
    [`${W}RespondActivityTaskCanceledById`]: byId((req) => (respondActivityCanceled(e, req), {})),
    [`${W}RecordActivityTaskHeartbeatById`]: byId((req) => recordHeartbeat(e, req)),
    [`${W}ShutdownWorker`]: ns((n, req) => (shutdownWorker(e, n, req), {})),
    // Committed like any change of a run (a durable store would otherwise write it only with the next one).
    [`${W}ResetStickyTaskQueue`]: ns((n, req) => {
      e.tx((uow) => {
        const run = e.resolve(n, req.execution as Obj);
        run.sticky = undefined;
        uow.touch(run);
      });
      return {};
    }),
    [`${W}ListWorkflowExecutions`]: ns((n, req) => listWorkflows(e, n, req)),
    [`${W}ScanWorkflowExecutions`]: ns((n, req) => listWorkflows(e, n, req)),
    [`${W}CountWorkflowExecutions`]: ns((n, req) => countWorkflows(e, n, req)),
    [`${W}GetSearchAttributes`]: () => {
      const keys: Record<string, number> = { ...SYSTEM_SEARCH_ATTRIBUTES };
      for (const nsr of e.namespaces.all()) for (const [k, v] of nsr.searchAttributes) keys[k] = v;
      return { keys };
    },
    [`${W}DescribeTaskQueue`]: ns(() => ({ pollers: [] })),
  };
}
