/**
 * A fresh `Idempotency-Key` for one click (one dialog opening); a retry in the same dialog reuses
 * it so the server answers the first outcome instead of acting twice. The API accepts up to 128
 * characters of letters, digits and `. _ : -`.
 */
export function newRequestKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return `ui-${c.randomUUID()}`;
  // randomUUID needs a secure context; plain HTTP on an intranet host may not be one.
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `ui-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A click's request key and the inputs (serialised) it was last sent with. */
export interface ClickKey {
  id: string;
  sent?: string;
}

/**
 * The key to send `inputs` with: a retry of the same inputs keeps the click's key (the server then
 * answers the first outcome); changed inputs are a new request with a new key.
 */
export function keyForInputs(click: ClickKey, inputs: string): ClickKey {
  return click.sent === undefined || click.sent === inputs
    ? { id: click.id, sent: inputs }
    : { id: newRequestKey(), sent: inputs };
}
