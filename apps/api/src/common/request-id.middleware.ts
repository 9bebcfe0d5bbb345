import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { DondocRequest } from './request-context';
import type { JsonLogger } from './json-logger';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Takes X-Request-Id from the caller when it is sane (else makes one), echoes it on the response
 * and logs one line per request when it finishes.
 */
export function requestIdMiddleware(logger: JsonLogger) {
  return (req: DondocRequest, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    req.requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.event(res.statusCode >= 500 ? 'error' : 'info', 'http request', {
        requestId: req.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
        userId: req.user?.id,
      });
    });
    next();
  };
}
