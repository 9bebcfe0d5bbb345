import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Vite names every file under /assets by its content hash: a changed file gets a new name. */
const ASSETS = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built console from `consoleDir` on `/`, with SPA fallback to index.html for any
 * GET that is not under /api or /assets, so production has one origin. Does nothing when it is not built.
 * Hashed assets are cached for a year (immutable) and sent as the brotli or gzip file written
 * beside them at build time (apps/console/vite.config.ts) when the browser accepts it;
 * index.html is revalidated on each load. Returns whether the console is served.
 */
export function serveConsole(app: NestExpressApplication, consoleDir: string): boolean {
  const index = path.join(consoleDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  app.use(precompressedAssets(consoleDir));
  app.useStaticAssets(consoleDir, { index: false, fallthrough: true, maxAge: '1h', setHeaders: cacheHeaders });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/'))
      return next();
    // A missing script (an old tab after a new build) is a 404, not the page in its place.
    if (req.path.startsWith(ASSETS)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function cacheHeaders(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
  else if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', IMMUTABLE);
}

/** Content codings in the order the console prefers them, with the file suffix the build writes. */
const CODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

/** Whether `Accept-Encoding` accepts `coding` (listed and not `;q=0`). */
export function accepts(acceptEncoding: string | undefined, coding: string): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== coding) return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

/**
 * GET /assets/<file> answered from `<file>.br` / `<file>.gz` when the build wrote one and the
 * browser accepts it (the files are listed once, at start-up). Anything else falls through to the
 * static files.
 */
function precompressedAssets(consoleDir: string) {
  const assetsDir = path.resolve(consoleDir, 'assets');
  const present = new Set(fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : []);
  const variants = new Map<string, { coding: string; file: string }[]>();
  for (const name of present) {
    const found = CODINGS.filter(([, suffix]) => present.has(`${name}${suffix}`)).map(([coding, suffix]) => ({
      coding,
      file: path.join(assetsDir, `${name}${suffix}`),
    }));
    if (found.length > 0) variants.set(`${ASSETS}${name}`, found);
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const found = variants.get(req.path);
    if (!found) return next();
    res.vary('Accept-Encoding');
    const chosen = found.find((v) => accepts(req.headers['accept-encoding'], v.coding));
    if (!chosen) return next();
    // The type of the original file (send would take it from the .br/.gz suffix otherwise).
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', chosen.coding);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(chosen.file, { cacheControl: false }, (err?: Error) => {
      if (err && !res.headersSent) next(err);
    });
  };
}
