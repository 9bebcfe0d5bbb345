// The worker app's assembly: the production bundle path (`@dondoc/workflows` bundled by the SDK from node_modules),
// activities from the factories, and graceful shutdown on SIGTERM with `worker.run()` awaited.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Worker } from '@temporalio/worker';
import { acceptTaskUpdate, type AssignedTaskInput, submitTaskUpdate, taskWorkflowId, WORKFLOW_TYPES } from '@dondoc/contracts';
import { InMemoryAuditLog, InMemoryNotifier, InMemoryNumberRegister, InMemoryProjectionStore } from '@dondoc/activities';
import { addDays, localDateOf } from '@dondoc/domain';
import { createDondocWorker } from '../../apps/worker/src/create-worker';
import { runUntilSignal, type SignalSource } from '../../apps/worker/src/run-until-signal';
import { useWorkflowEnvironment } from './support';

jest.setTimeout(180_000);

const ctx = useWorkflowEnvironment();

describe('worker app', () => {
  it('bundles @dondoc/workflows, runs a workflow with the factory activities and stops on SIGTERM', async () => {
    const taskQueue = `worker-app-${randomUUID().slice(0, 8)}`;
    const audit = new InMemoryAuditLog();
    const worker: Worker = await createDondocWorker({
      connection: ctx.env.nativeConnection,
      namespace: ctx.env.namespace ?? 'default',
      taskQueue,
      deps: { notifier: new InMemoryNotifier(), auditLog: audit, projections: new InMemoryProjectionStore(), numberRegister: new InMemoryNumberRegister() },
      shutdownGraceTime: '1 second',
    });
    const signals = new EventEmitter();
    const running = runUntilSignal(worker, signals as unknown as SignalSource);

    const today = localDateOf(new Date(await ctx.now()));
    const planId = `plan-${randomUUID().slice(0, 8)}`;
    const input: AssignedTaskInput = {
      planId,
      responsibilityId: 'r1',
      orgId: 'org-a',
      title: 'Nhiệm vụ thử',
      role: 'lead',
      dueRule: { kind: 'lastDay', date: addDays(today, 20) },
      chain: { ownerId: 'p-owner', leaderInChargeId: 'p-leader' },
    };
    const handle = await ctx.client.workflow.start(WORKFLOW_TYPES.assignedTask, { args: [input], taskQueue, workflowId: taskWorkflowId(planId, 'r1', 'org-a') });
    await handle.executeUpdate(submitTaskUpdate, { args: [{ actor: { personId: 'p-owner', roles: ['owner'] } }] });
    await handle.executeUpdate(acceptTaskUpdate, { args: [{ actor: { personId: 'p-leader', roles: ['supervisor'] } }] });
    await expect(handle.result()).resolves.toMatchObject({ status: { code: 'completedOnTime' } });
    expect(audit.records.map((r) => r.action)).toEqual(['task.assign', 'task.submit', 'task.accept']);

    expect(worker.getState()).toBe('RUNNING');
    signals.emit('SIGTERM');
    await expect(running).resolves.toBeUndefined();
    expect(worker.getState()).toBe('STOPPED');
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});
