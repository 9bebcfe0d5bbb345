import { Metadata, type ServiceError, type status } from '@grpc/grpc-js';
import { Code, ServerError } from '../errors/server-error';
import { encodeMessage, packAny } from '../proto/proto-root';
import type { Logger } from '../util/logger';

/**
 * The one place where thrown errors become gRPC statuses. A ServerError keeps its code and detail (packed into
 * `grpc-status-details-bin` as google.rpc.Status); anything else is a bug: UNKNOWN, and logged.
 */
export function toGrpcError(err: unknown, method: string, log: Logger): Partial<ServiceError> {
  if (err instanceof ServerError) {
    const metadata = new Metadata();
    if (err.detail) {
      const st = { code: err.code, message: err.message, details: [packAny(err.detail.typeName, err.detail.value)] };
      metadata.set('grpc-status-details-bin', Buffer.from(encodeMessage('google.rpc.Status', st)));
    }
    return { code: err.code as status, details: err.message, metadata };
  }
  log.error(`unexpected error in ${method}`, err);
  return { code: Code.UNKNOWN as status, details: err instanceof Error ? err.message : String(err), metadata: new Metadata() };
}
