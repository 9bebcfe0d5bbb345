import * as fs from 'node:fs';
import * as path from 'node:path';
import { SAMPLE_PLANS_DIR } from '@dondoc/testing';
import { DEMO_PASSWORD } from './console-pages';

export { SAMPLE_PLANS_DIR };

/** Signs in through the API and returns the session cookie (`name=value`). */
export async function apiLogin(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login ${username}: no session cookie`);
  return cookie;
}

/** A plan as `GET /api/plans/:id` answers (the fields the tests look at). */
export interface ImportedPlan {
  id: string;
  title: string;
  numberText: string | null;
  issuedOn: string | null;
}

/**
 * Puts a sample plan in the database the way a user would: upload (`POST /api/plans/import`),
 * confirm the preview (`POST /api/import-jobs/:id/confirm`), then read it back.
 */
export async function importSamplePlan(baseUrl: string, username: string, filePrefix: string): Promise<ImportedPlan> {
  const fileName = fs.readdirSync(SAMPLE_PLANS_DIR).find((f) => f.startsWith(filePrefix));
  if (!fileName) throw new Error(`no sample plan ${filePrefix}* in ${SAMPLE_PLANS_DIR}`);
  const cookie = await apiLogin(baseUrl, username);
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(path.join(SAMPLE_PLANS_DIR, fileName))], { type: 'text/plain' }), fileName);
  const uploaded = await fetch(`${baseUrl}/api/plans/import`, { method: 'POST', body: form, headers: { cookie } });
  if (uploaded.status !== 201) throw new Error(`import ${fileName}: ${uploaded.status} ${await uploaded.text()}`);
  const job = (await uploaded.json()) as { id: string };
  const confirmed = await fetch(`${baseUrl}/api/import-jobs/${job.id}/confirm`, {
    method: 'POST',
    headers: { cookie, 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (confirmed.status !== 200) throw new Error(`confirm ${fileName}: ${confirmed.status} ${await confirmed.text()}`);
  const { confirmedPlanId } = (await confirmed.json()) as { confirmedPlanId: string };
  const plan = await fetch(`${baseUrl}/api/plans/${confirmedPlanId}`, { headers: { cookie } });
  return (await plan.json()) as ImportedPlan;
}
