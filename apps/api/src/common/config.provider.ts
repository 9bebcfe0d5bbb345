import type { DondocConfig } from '@dondoc/config';

/** DI token of the frozen {@link DondocConfig} (a symbol, never a string). */
export const CONFIG = Symbol('DondocConfig');

/** Runtime facts resolved by the composition root (not in the environment). */
export interface ApiRuntime {
  /** Resolved Temporal host:port, or null when Temporal is not configured (health says "disabled"). */
  temporalAddress: string | null;
}

/** DI token of {@link ApiRuntime}. */
export const API_RUNTIME = Symbol('ApiRuntime');

export type { DondocConfig };
