import * as grpc from '@grpc/grpc-js';
import { Code, ServerError } from '../errors/server-error';
import type { Logger } from '../util/logger';
import { toGrpcError } from './error-mapper';
import { installFastDecompression } from './fast-decompression';
import { buildServiceDefinitions, MalformedRequest, type DecodedRequest } from './service-definitions';

/** What a handler knows about its call. */
export interface CallContext {
  /** Aborted when the client cancels the call or the server shuts down: long polls must stop waiting. */
  readonly signal: AbortSignal;
  /** Encoded request size in bytes. */
  readonly size: number;
  readonly method: string;
}

/** A plain async handler; keys of a HandlerTable are `<ShortService>/<Method>`, e.g. `WorkflowService/StartWorkflowExecution`. */
export type Handler = (req: Record<string, unknown>, ctx: CallContext) => unknown;
export type HandlerTable = Readonly<Record<string, Handler>>;

export interface GrpcServerHandle {
  readonly port: number;
  /** Aborts all open calls, then shuts the server down. */
  stop(): Promise<void>;
}

const shortName = (s: string) => s.slice(s.lastIndexOf('.') + 1);

/**
 * Starts a grpc-js server over HTTP/2 cleartext serving every method of the reflected services. Unary calls go through
 * the table; missing entries answer UNIMPLEMENTED; malformed requests INVALID_ARGUMENT / RESOURCE_EXHAUSTED.
 */
export async function startGrpcServer(opts: { ip: string; port: number; handlers: HandlerTable; log: Logger }): Promise<GrpcServerHandle> {
  installFastDecompression(128 * 1024 * 1024);
  const server = new grpc.Server({
    // Accept big frames at the transport and reject above 4 MiB ourselves with a proper status (see MAX_REQUEST_BYTES).
    'grpc.max_receive_message_length': 128 * 1024 * 1024,
    'grpc.max_send_message_length': 128 * 1024 * 1024,
  });
  const open = new Set<AbortController>();

  for (const [serviceName, def] of buildServiceDefinitions()) {
    const impl: grpc.UntypedServiceImplementation = {};
    for (const [methodName, md] of Object.entries(def)) {
      const key = `${shortName(serviceName)}/${methodName}`;
      if (md.responseStream) {
        impl[methodName] = (call: grpc.ServerWritableStream<unknown, unknown>) => {
          if (key === 'Health/Watch') {
            call.write({ status: 1 });
            const ac = new AbortController();
            open.add(ac);
            ac.signal.addEventListener('abort', () => call.end());
            call.on('cancelled', () => open.delete(ac));
          } else call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: `${key} is not implemented` });
        };
        continue;
      }
      if (md.requestStream) continue;
      impl[methodName] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
        void dispatch(key, call, callback);
      };
    }
    server.addService(def, impl);
  }

  async function dispatch(key: string, call: grpc.ServerUnaryCall<unknown, unknown>, cb: grpc.sendUnaryData<unknown>): Promise<void> {
    const ac = new AbortController();
    open.add(ac);
    const onCancel = () => ac.abort();
    call.on('cancelled', onCancel);
    try {
      const req = call.request as DecodedRequest | MalformedRequest;
      if (req instanceof MalformedRequest) {
        throw new ServerError(req.code === 'too-large' ? Code.RESOURCE_EXHAUSTED : Code.INVALID_ARGUMENT, req.reason);
      }
      const handler = opts.handlers[key];
      if (!handler) throw new ServerError(Code.UNIMPLEMENTED, `${key} is not implemented`);
      const res = await handler(req.body, { signal: ac.signal, size: req.size, method: key });
      if (!call.cancelled) cb(null, res ?? {});
    } catch (err) {
      if (!call.cancelled) cb(toGrpcError(err, key, opts.log));
    } finally {
      open.delete(ac);
      call.removeListener('cancelled', onCancel);
    }
  }

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${opts.ip}:${opts.port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );

  return {
    port,
    stop: async () => {
      for (const ac of open) ac.abort();
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000);
        server.tryShutdown(() => {
          clearTimeout(t);
          resolve();
        });
      });
    },
  };
}
