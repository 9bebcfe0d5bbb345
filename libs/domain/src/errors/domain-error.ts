import { type DomainErrorCode } from './domain-error-code';
import { DOMAIN_ERROR_MESSAGES } from './domain-error-messages';

/** Plain, JSON-safe form of a {@link DomainError} (for Temporal payloads and HTTP bodies). */
export interface DomainErrorJson {
  code: DomainErrorCode;
  messageVi: string;
  messageEn: string;
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error class of the pure rules. `message` is Vietnamese (what users see); `messageEn` is
 * for logs. `details` carries specifics such as the offending text or its source position.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(
    readonly code: DomainErrorCode,
    readonly details?: Readonly<Record<string, unknown>>,
    detailVi?: string,
  ) {
    const base = DOMAIN_ERROR_MESSAGES[code];
    const vi = detailVi ? `${base.vi}: ${detailVi}` : base.vi;
    super(vi);
    this.messageVi = vi;
    this.messageEn = base.en;
  }

  /** Serialisable snapshot; `DomainError.fromJson` restores it. */
  toJSON(): DomainErrorJson {
    return { code: this.code, messageVi: this.messageVi, messageEn: this.messageEn, ...(this.details ? { details: this.details } : {}) };
  }

  static fromJson(json: DomainErrorJson): DomainError {
    const e = new DomainError(json.code, json.details);
    (e as { messageVi: string }).messageVi = json.messageVi;
    e.message = json.messageVi;
    return e;
  }
}

/** Type guard that also works across bundles (Temporal workflow isolates) by checking the shape. */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError || (typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'DomainError' && typeof (value as { code?: unknown }).code === 'string');
}
