/** One invalid or missing environment variable. */
export interface ConfigProblem {
  readonly variable: string;
  /** Vietnamese explanation. */
  readonly vi: string;
  /** English explanation. */
  readonly en: string;
}

/**
 * Thrown at boot when the environment is invalid. The message names every bad variable,
 * in Vietnamese then English, so an operator can fix them all in one go.
 */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'Cấu hình không hợp lệ / Invalid configuration:\n' +
        problems.map((p) => `  - ${p.variable}: ${p.vi} / ${p.en}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}
