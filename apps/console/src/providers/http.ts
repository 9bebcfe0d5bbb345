import { HttpError } from 'react-admin';
import { appVietnamese } from '../i18n/app-vi';
import type { ApiErrorBody } from '@dondoc/contracts';

// Error codes the console has its own wording for (in both languages).
const TRANSLATED_CODES = new Set(Object.keys(appVietnamese.dondoc.errors));

/**
 * react-admin shows `error.message` through translate(message, { _: message }): an i18n key for
 * codes we know (so the message follows the UI language), else the API's own (Vietnamese) message.
 */
const messageFor = (body: ApiErrorBody): string =>
  TRANSLATED_CODES.has(body.code) ? `dondoc.errors.${body.code}` : body.message;

/** The API lives on the same origin (`/api`), in dev through the Vite proxy. */
export const API_BASE = '/api';

const isApiError = (body: unknown): body is ApiErrorBody =>
  typeof body === 'object' && body !== null && 'code' in body && 'message' in body;

/** Field errors as react-admin's server-side validation expects them: `{ errors: { field: message } }`. */
const toRaBody = (body: ApiErrorBody) => ({
  ...body,
  errors: Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message])),
});

/**
 * One fetch for the whole console: JSON in and out, cookie session (same origin),
 * non-2xx answers thrown as react-admin `HttpError` carrying the API error body.
 */
export async function apiFetch<T>(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new HttpError('dondoc.errors.NETWORK', 0, { code: 'NETWORK', message: 'Network error' });
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (!response.ok) throw toHttpError(response.status, response.statusText, body);
  return body as T;
}

/** A non-2xx answer as the `HttpError` every console call throws. */
const toHttpError = (status: number, statusText: string, body: unknown): HttpError => {
  if (isApiError(body)) return new HttpError(messageFor(body), status, toRaBody(body));
  const code = status === 429 ? 'RATE_LIMITED' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNKNOWN';
  return new HttpError(`dondoc.errors.${code}`, status, { code, message: statusText });
};

const parseBody = (text: string): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Multipart upload (`FormData`) with progress: XMLHttpRequest, because fetch reports no upload
 * progress. Same errors as {@link apiFetch}.
 */
export function apiUpload<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(toHttpError(xhr.status, xhr.statusText, body));
    };
    xhr.onerror = () => reject(new HttpError('dondoc.errors.NETWORK', 0, { code: 'NETWORK', message: 'Network error' }));
    xhr.send(form);
  });
}

/** Error code of a thrown `apiFetch` error, if any. */
export const errorCode = (error: unknown): string | undefined => {
  if (error instanceof HttpError && typeof error.body === 'object' && error.body !== null) {
    const code = (error.body as { code?: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
};
