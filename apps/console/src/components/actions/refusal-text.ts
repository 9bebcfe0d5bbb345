type Translate = (key: string, options?: object) => string;

/**
 * A refusal as react-admin words an error: the i18n key of a code the console words itself (so it
 * follows the UI language), else the API's Vietnamese message; console-side problems are i18n keys.
 */
export function errorMessageText(error: unknown, translate: Translate): string {
  const message = error instanceof Error ? error.message : String(error);
  return translate(message, { _: message });
}

/**
 * The reason of a refusal as the server words it (the validator's Vietnamese message, with the
 * per-field messages of a 422); console-side problems and network errors are i18n keys.
 */
export function refusalText(error: unknown, translate: Translate): string {
  // react-admin's HttpError carrying the API's answer `{statusCode, code, message, errors}`.
  const body = (error as { body?: unknown } | null)?.body;
  if (typeof body === 'object' && body !== null && 'statusCode' in body) {
    const { message, errors } = body as { message?: unknown; errors?: Record<string, unknown> };
    const fields = Object.values(errors ?? {}).filter((m): m is string => typeof m === 'string');
    if (typeof message === 'string') return [message, ...fields].join(' — ');
  }
  return errorMessageText(error, translate);
}
