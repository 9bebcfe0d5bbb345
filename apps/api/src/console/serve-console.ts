import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built console from `consoleDir` on `/`, with SPA fallback to index.html for any
 * GET that is not under /api, so production has one origin. Does nothing when it is not built.
 * Returns whether the console is served.
 */
export function serveConsole(app: NestExpressApplication, consoleDir: string): boolean {
  const index = path.join(consoleDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  app.useStaticAssets(consoleDir, { index: false, fallthrough: true, maxAge: '1h', setHeaders: noCacheHtml });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/'))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function noCacheHtml(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
