/** Minimal leveled logger writing to stderr (stdout stays quiet: the SDK's harness inherits it). */
export interface Logger {
  debug(msg: string, ...rest: unknown[]): void;
  info(msg: string, ...rest: unknown[]): void;
  warn(msg: string, ...rest: unknown[]): void;
  error(msg: string, ...rest: unknown[]): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** A stderr logger at the given level; `json` writes one JSON object per line. */
export function createLogger(level: LogLevel = 'warn', format: 'pretty' | 'json' = 'pretty'): Logger {
  const at = order[level] ?? order.warn;
  const emit = (l: LogLevel) => (msg: string, ...rest: unknown[]) => {
    if (order[l] < at) return;
    const extra = rest.map((r) => (r instanceof Error ? (r.stack ?? r.message) : typeof r === 'string' ? r : JSON.stringify(r)));
    if (format === 'json') process.stderr.write(JSON.stringify({ level: l, ts: new Date().toISOString(), msg, extra }) + '\n');
    else process.stderr.write(`${new Date().toISOString()} ${l.toUpperCase()} dondoc-temporal: ${msg} ${extra.join(' ')}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
