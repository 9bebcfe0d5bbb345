import { HttpError, type TranslateFunction } from 'react-admin';

/**
 * The message under the login form. `apiFetch` already turned a known API error code into an
 * i18n key and kept the API's own message otherwise; a 429 without a known body is rate limiting.
 */
export function loginErrorMessage(error: unknown, translate: TranslateFunction): string {
  if (error instanceof HttpError && error.status === 429 && !error.message.startsWith('dondoc.')) {
    return translate('dondoc.errors.RATE_LIMITED');
  }
  const message = error instanceof Error && error.message ? error.message : 'dondoc.errors.UNKNOWN';
  return translate(message, { _: message });
}
