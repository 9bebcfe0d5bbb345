import type { DondocConfig, Env } from './config.types';
import { readOrCreateJwtSecret } from './jwt-secret';
import { DEFAULT_ROOT_DIR, validateConfig } from './validate-config';

/** Options of {@link loadConfig}, mostly for tests. */
export interface LoadConfigOptions {
  /** Base for relative DATA_DIR / CONSOLE_DIR; defaults to the repository root. */
  rootDir?: string;
}

/**
 * Validates the environment and returns the frozen configuration. The only place in dondoc that
 * reads `process.env`. Throws {@link ConfigError} naming every bad variable.
 */
export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): DondocConfig {
  const validated = validateConfig(env, options.rootDir ?? DEFAULT_ROOT_DIR);
  const jwtSecret = validated.jwtSecret ?? readOrCreateJwtSecret(validated.dataDir);
  return deepFreeze({ ...validated, jwtSecret });
}

/** Returns a copy of a config with some fields replaced (tests), frozen again. */
export function withConfig(base: DondocConfig, patch: Partial<DondocConfig>): DondocConfig {
  return deepFreeze({ ...base, ...patch });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
