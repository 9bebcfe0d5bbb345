import * as zlib from 'node:zlib';

/**
 * sdk-core's tonic client gzips every request. grpc-js (1.14.x) inflates each message through a new zlib *stream*,
 * which costs more CPU than the rest of a typical RPC. This swaps in one-shot `gunzipSync`/`inflateSync` (requests
 * are small; the size cap still applies). Feature-detected: if grpc-js changes its internals, the original stays.
 */
export function installFastDecompression(maxBytes: number): boolean {
  let proto: { decompressMessage?: (this: unknown, message: Buffer, encoding: string) => unknown } | undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    proto = require('@grpc/grpc-js/build/src/server-interceptors').BaseServerInterceptingCall?.prototype;
  } catch {
    return false;
  }
  const original = proto?.decompressMessage;
  if (!proto || typeof original !== 'function' || (original as { fast?: boolean }).fast) return false;
  const fast = function (this: unknown, message: Buffer, encoding: string): unknown {
    if (encoding !== 'gzip' && encoding !== 'deflate') return original.call(this, message, encoding);
    try {
      const body = message.subarray(5);
      return encoding === 'gzip' ? zlib.gunzipSync(body, { maxOutputLength: maxBytes }) : zlib.inflateSync(body, { maxOutputLength: maxBytes });
    } catch (err) {
      const tooBig = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      return Promise.reject({ code: tooBig ? 8 : 13, details: tooBig ? `Received message that decompresses to a size larger than ${maxBytes}` : 'Failed to decompress message' });
    }
  };
  (fast as { fast?: boolean }).fast = true;
  proto.decompressMessage = fast;
  return true;
}
