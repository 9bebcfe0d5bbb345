import { randomUUID } from 'node:crypto';
import type { Engine } from '../engine/engine';
import { Code, invalidArgument, ServerError } from '../errors/server-error';
import type { Obj } from '../engine/events';
import { NamespaceState } from '../proto/enums.generated';
import type { NamespaceRecord } from '../namespaces/namespace-registry';
import { dur, durMs } from '../util/time';
import type { HandlerTable } from './grpc-server';

/** GetSystemInfo capabilities (protocol doc §2.3): only what this server really implements. */
export const SYSTEM_CAPABILITIES = {
  signalAndQueryHeader: true,
  internalErrorDifferentiation: true,
  activityFailureIncludeHeartbeat: true,
  encodedFailureAttributes: true,
  upsertMemo: true,
  sdkMetadata: true,
  countGroupByExecutionStatus: true,
  supportsSchedules: true,
  eagerWorkflowStart: false,
  buildIdBasedVersioning: false,
  nexus: false,
};

function describe(ns: NamespaceRecord): Obj {
  return {
    namespaceInfo: {
      name: ns.name,
      state: NamespaceState.REGISTERED,
      description: ns.description,
      id: ns.id,
      capabilities: { eagerWorkflowStart: false, syncUpdate: true, asyncUpdate: true, workerHeartbeats: false, workerPollCompleteOnShutdown: true },
      supportsSchedules: true,
    },
    config: { workflowExecutionRetentionTtl: dur(ns.retentionMs), historyArchivalState: 2, visibilityArchivalState: 2 },
    isGlobalNamespace: false,
  };
}

/** GetSystemInfo, namespaces and cluster info. */
export function namespaceHandlers(e: Engine): HandlerTable {
  const W = 'WorkflowService/';
  return {
    [`${W}GetSystemInfo`]: () => ({ serverVersion: '1.29.0', capabilities: SYSTEM_CAPABILITIES }),
    [`${W}DescribeNamespace`]: (req) => {
      const byId = req.id ? e.namespaces.all().find((n) => n.id === req.id) : undefined;
      return describe(byId ?? e.namespaces.get(req.namespace as string));
    },
    [`${W}ListNamespaces`]: () => ({ namespaces: e.namespaces.all().map(describe) }),
    [`${W}RegisterNamespace`]: (req) => {
      const name = String(req.namespace ?? '');
      if (!name) throw invalidArgument('Namespace not set on request.');
      if (e.namespaces.has(name)) {
        throw new ServerError(Code.ALREADY_EXISTS, 'Namespace already exists.', { typeName: 'temporal.api.errordetails.v1.NamespaceAlreadyExistsFailure', value: {} });
      }
      e.namespaces.register(String(req.namespace ?? ''), { description: req.description as string, retentionMs: durMs(req.workflowExecutionRetentionPeriod as Obj) || undefined });
      return {};
    },
    [`${W}UpdateNamespace`]: (req) => describe(e.namespaces.get(req.namespace as string)),
    [`${W}GetClusterInfo`]: () => ({
      supportedClients: {},
      serverVersion: '1.29.0',
      clusterId: randomUUID(),
      clusterName: 'dondoc',
      historyShardCount: 1,
      persistenceStore: e.store.kind,
      visibilityStore: e.store.kind,
    }),
  };
}
