// The error body of every non-2xx answer of the REST API (apps/api/src/common/all-exceptions.filter.ts).

/** One invalid field of a request. */
export interface FieldError {
  field: string;
  message: string;
}

/** `{statusCode, code, message, errors?}`: a stable code, a Vietnamese message, per-field errors on 422. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  /** Extra facts of a domain refusal, when it has any. */
  details?: unknown;
}
