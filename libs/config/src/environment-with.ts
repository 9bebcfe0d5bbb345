import type { Env } from './config.types';

/**
 * The environment for a child process: the current one plus `overrides` (undefined removes a
 * variable). Lives here because libs/config is the only reader of process.env.
 */
export function environmentWith(
  overrides: Record<string, string | undefined>,
  env: Env = process.env,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
