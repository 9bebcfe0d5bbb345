/** Parsed command line of `dondoc-temporal`. */
export interface CliOptions {
  mode: 'dev' | 'test';
  port: number;
  ip: string;
  namespaces: string[];
  searchAttributes: Record<string, string>;
  logLevel: string;
  logFormat: 'pretty' | 'json';
  /** A `postgres://` URL selects the durable store (anything else: in memory). */
  dbFilename?: string;
  /** `--initial-time <ISO instant>`: virtual time at start (tests of past years). */
  initialTime?: number;
}

/** Flags that take a value (so the value is not mistaken for a positional). Unknown flags are tolerated. */
const VALUE_FLAGS = new Set(['--port', '--ip', '--namespace', '-n', '--db-filename', '-f', '--ui-port', '--search-attribute', '--log-level', '--log-format', '--dynamic-config-value', '--ui-ip', '--config', '--log-config', '--initial-time']);

/**
 * `server start-dev --port P [--ip I] [--namespace N]… [--search-attribute Name=Type]… …` → dev server (wall clock);
 * `<port> [args…]` → time-skipping test server (the Java test-server convention the TS SDK uses).
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { mode: 'test', port: 7233, ip: '127.0.0.1', namespaces: [], searchAttributes: {}, logLevel: 'warn', logFormat: 'pretty' };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!flag.startsWith('-')) {
      positionals.push(raw);
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : VALUE_FLAGS.has(flag) ? argv[++i] : undefined;
    if (value === undefined) continue;
    switch (flag) {
      case '--port': opts.port = Number(value); break;
      case '--ip': opts.ip = value; break;
      case '--namespace': case '-n': opts.namespaces.push(value); break;
      case '--db-filename': case '-f': opts.dbFilename = value; break;
      case '--log-level': opts.logLevel = value; break;
      case '--initial-time': {
        const t = Date.parse(value);
        if (Number.isNaN(t)) throw new Error(`--initial-time: not an ISO instant: ${value}`);
        opts.initialTime = t;
        break;
      }
      case '--log-format': opts.logFormat = value === 'json' ? 'json' : 'pretty'; break;
      case '--search-attribute': {
        const [name, type] = value.split('=');
        if (name && type) opts.searchAttributes[name] = type;
        break;
      }
    }
  }
  if (positionals[0] === 'server' && positionals[1] === 'start-dev') opts.mode = 'dev';
  else if (positionals[0] !== undefined && /^\d+$/.test(positionals[0])) opts.port = Number(positionals[0]);
  return opts;
}
