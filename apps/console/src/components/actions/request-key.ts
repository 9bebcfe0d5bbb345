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
