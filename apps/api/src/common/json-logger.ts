import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '@dondoc/config';

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Where log lines go; stdout by default, replaceable in tests. */
export type LogSink = (line: string) => void;

/**
 * Structured logs: one JSON object per line (`time`, `level`, `msg`, `context`, plus fields).
 * Also serves as Nest's logger so framework messages come out in the same shape.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly sink: LogSink = (line) => process.stdout.write(line + '\n'),
  ) {}

  /** Logs a structured event. */
  event(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
    if (RANK[level] > RANK[this.level]) return;
    this.sink(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  }

  log(message: unknown, context?: string): void {
    this.event('info', String(message), context ? { context } : {});
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    const err = message instanceof Error ? message : undefined;
    this.event('error', err ? err.message : String(message), {
      ...((context ?? (stackOrContext && !stackOrContext.includes('\n') ? stackOrContext : undefined))
        ? { context: context ?? stackOrContext }
        : {}),
      ...(err?.stack ? { stack: err.stack } : stackOrContext?.includes('\n') ? { stack: stackOrContext } : {}),
    });
  }
  warn(message: unknown, context?: string): void {
    this.event('warn', String(message), context ? { context } : {});
  }
  debug(message: unknown, context?: string): void {
    this.event('debug', String(message), context ? { context } : {});
  }
  verbose(message: unknown, context?: string): void {
    this.event('debug', String(message), context ? { context } : {});
  }
}
