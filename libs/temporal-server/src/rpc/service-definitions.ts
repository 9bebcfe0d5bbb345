import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import type { Type } from 'protobufjs';
import { protoRoot } from '../proto/proto-root';

/** The services the server registers, by full proto name. */
export const SERVICE_NAMES = [
  'temporal.api.workflowservice.v1.WorkflowService',
  'temporal.api.operatorservice.v1.OperatorService',
  'temporal.api.testservice.v1.TestService',
  'grpc.health.v1.Health',
] as const;

/** Largest request accepted, like Temporal's frontend (gRPC default 4 MiB). */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/** A request that could not be decoded; the dispatcher answers it with a status instead of crashing. */
export class MalformedRequest {
  constructor(
    readonly code: 'too-large' | 'undecodable',
    readonly reason: string,
    readonly size: number,
  ) {}
}

export interface DecodedRequest {
  /** Plain object view: longs and enums as numbers, unset fields absent. */
  readonly body: Record<string, unknown>;
  /** Encoded size, used for fast payload-size checks. */
  readonly size: number;
}

function deserializer(type: Type): (buf: Buffer) => DecodedRequest | MalformedRequest {
  return (buf) => {
    if (buf.length > MAX_REQUEST_BYTES) {
      return new MalformedRequest('too-large', `grpc: received message larger than max (${buf.length} vs. ${MAX_REQUEST_BYTES})`, buf.length);
    }
    try {
      return { body: type.toObject(type.decode(buf), { longs: Number, enums: Number }), size: buf.length };
    } catch (e) {
      return new MalformedRequest('undecodable', `malformed request: ${(e as Error).message}`, buf.length);
    }
  };
}

/**
 * Builds grpc-js service definitions by reflection over the SDK's proto root: every method of every service,
 * with protobufjs (de)serializers. Unknown methods are then answered by the dispatcher, not by grpc-js.
 */
export function buildServiceDefinitions(): Map<string, ServiceDefinition> {
  const out = new Map<string, ServiceDefinition>();
  for (const serviceName of SERVICE_NAMES) {
    const svc = protoRoot().lookupService(serviceName);
    svc.resolveAll();
    const def: Record<string, MethodDefinition<unknown, unknown>> = {};
    for (const method of Object.values(svc.methods)) {
      const req = method.resolvedRequestType!;
      const res = method.resolvedResponseType!;
      def[method.name] = {
        path: `/${serviceName}/${method.name}`,
        requestStream: !!method.requestStream,
        responseStream: !!method.responseStream,
        requestSerialize: (v: unknown) => Buffer.from(req.encode(req.fromObject(v as Record<string, unknown>)).finish()),
        requestDeserialize: deserializer(req),
        // Responses are plain objects already in wire shape (numbers for enums/int64, Uint8Array for bytes,
        // {seconds, nanos} for timestamps), so they are encoded directly: fromObject would copy every history event.
        responseSerialize: (v: unknown) => Buffer.from(res.encode(v as Record<string, unknown>).finish()),
        responseDeserialize: (b: Buffer) => res.decode(b),
        originalName: method.name,
      };
    }
    out.set(serviceName, def as ServiceDefinition);
  }
  return out;
}
