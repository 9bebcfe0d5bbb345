import type { HandlerTable } from './grpc-server';

/** grpc.health.v1.Health/Check: SERVING (Watch is served as a stream by the transport). */
export function healthHandlers(): HandlerTable {
  return { 'Health/Check': () => ({ status: 1 }) };
}
