import type { Engine } from '../engine/engine';
import { SYSTEM_SEARCH_ATTRIBUTES } from '../namespaces/namespace-registry';
import type { HandlerTable } from './grpc-server';

/** OperatorService: search-attribute registration (what the SDK's test helpers use). */
export function operatorServiceHandlers(e: Engine): HandlerTable {
  const O = 'OperatorService/';
  return {
    [`${O}AddSearchAttributes`]: (req) => {
      const ns = e.namespaces.get((req.namespace as string) || 'default');
      e.namespaces.addSearchAttributes(ns.name, (req.searchAttributes as Record<string, number>) ?? {});
      return {};
    },
    [`${O}RemoveSearchAttributes`]: (req) => {
      const ns = e.namespaces.get((req.namespace as string) || 'default');
      e.namespaces.removeSearchAttributes(ns.name, (req.searchAttributes as string[]) ?? []);
      return {};
    },
    [`${O}ListSearchAttributes`]: (req) => {
      const ns = e.namespaces.get((req.namespace as string) || 'default');
      return { customAttributes: Object.fromEntries(ns.searchAttributes), systemAttributes: SYSTEM_SEARCH_ATTRIBUTES, storageSchema: {} };
    },
  };
}
