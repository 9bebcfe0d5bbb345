import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type {
  CalendarDeadline,
  CalendarYear,
  DeadlineScope,
  DutyStep,
  ListResponse,
  PlanMatrix,
  PlanStep,
  PlanView,
  StoredFileView,
  TaskHistory,
  TaskStep,
} from '@dondoc/contracts';
import type { Dashboard } from '../pages/dashboard/dashboard.types';
import type { ConfirmImportRequest, ImportJob } from '../resources/import-jobs/import-job.types';
import type { AllowedPlanActions } from '../resources/plans/allowed-actions.types';
import type { PlanRevisions } from '../resources/plans/revision.types';
import { apiFetch, apiUpload } from './http';

/** Resources the API exposes; the typed provider refuses anything else. */
export const RESOURCES = [
  'organisations',
  'users',
  'positions',
  'administrative-units',
  'plans',
  'import-jobs',
  'inbox',
  'tasks',
  'notifications',
  'report-periods',
  'calendar-exceptions',
  'escalation-policies',
] as const;
export type ResourceName = (typeof RESOURCES)[number];

// Console resources served under another API path (a report period is a duty's current period).
const API_PATHS: Partial<Record<ResourceName, string>> = { 'report-periods': 'duties', 'calendar-exceptions': 'calendar/exceptions' };

const path = (resource: string, id?: Identifier): string => {
  if (!RESOURCES.includes(resource as ResourceName)) throw new Error(`Unknown resource ${resource}`);
  const base = `/${API_PATHS[resource as ResourceName] ?? resource}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(String(id))}`;
};

/** `GET /api/<resource>?page&perPage&sort&order&q&<field>=<value>`; arrays repeat the key. */
const listQuery = (params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: 'ASC' | 'DESC' };
  filter?: Record<string, unknown>;
}): string => {
  const search = new URLSearchParams();
  if (params.pagination) {
    search.set('page', String(params.pagination.page));
    search.set('perPage', String(params.pagination.perPage));
  }
  if (params.sort?.field) {
    search.set('sort', params.sort.field);
    search.set('order', params.sort.order);
  }
  for (const [key, value] of Object.entries(params.filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

// PATCH sends only what the form changed: the API's whitelist validation rejects unknown
// or read-only fields such as `id`.
const changedFields = (data: Record<string, unknown>, previous: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => key !== 'id' && JSON.stringify(value) !== JSON.stringify(previous[key]),
    ),
  );

/** The CRUD methods plus the API's custom calls (`useDataProvider<DondocDataProvider>()`). */
export interface DondocDataProvider extends DataProvider {
  /** `POST /api/plans/import` (multipart `file`) → the import preview. */
  importPlan(file: File, onProgress?: (fraction: number) => void): Promise<ImportJob>;
  /** `POST /api/import-jobs/:id/confirm` → the confirmed job (`confirmedPlanId`); 409 on a second confirm. */
  confirmImport(id: Identifier, body: ConfirmImportRequest): Promise<ImportJob>;
  /** `GET /api/calendar/:year`. */
  getCalendarYear(year: number): Promise<CalendarYear>;
  /** `GET /api/calendar/deadlines?from&to&scope`: task and report deadlines by local day. */
  getCalendarDeadlines(from: string, to: string, scope: DeadlineScope): Promise<CalendarDeadline[]>;
  /** `GET /api/plans/:id/workflow`; 404 while the plan is not in the lifecycle. */
  getPlanWorkflow(planId: Identifier): Promise<PlanView>;
  /** `GET /api/plans/:id/allowed-actions`: the steps the user may take now, decided by the API. */
  getPlanAllowedActions(planId: Identifier): Promise<AllowedPlanActions>;
  /** `GET /api/plans/:id/revisions`: the plan's revisions with their content, and the workflow's draft edits. */
  getPlanRevisions(planId: Identifier): Promise<PlanRevisions>;
  /** `POST /api/plans/:id/workflow`: puts a draft into the lifecycle (the caller drafts it). */
  startPlanWorkflow(planId: Identifier, body: object, idempotencyKey: string): Promise<PlanView>;
  /** `POST /api/plans/:id/actions/<step>` with the click's `Idempotency-Key` (reused on retry). */
  planAction(planId: Identifier, step: PlanStep, body: object, idempotencyKey: string): Promise<PlanView>;
  /** `POST /api/tasks/:id/<step>` with the click's `Idempotency-Key`. */
  taskAction(taskId: Identifier, step: TaskStep, body: object, idempotencyKey: string): Promise<unknown>;
  /** `GET /api/tasks/:id/history`: timeline, reminders/escalations sent, coordinators, evidence. */
  getTaskHistory(taskId: Identifier): Promise<TaskHistory>;
  /** `POST /api/{tasks|duties}/:id/files` (multipart `file`): evidence or a report attachment. */
  uploadFile(subject: 'tasks' | 'report-periods', id: Identifier, file: File, periodKey?: string): Promise<StoredFileView>;
  /** `POST /api/duties/:id/{reports|consolidation}` with the click's `Idempotency-Key`. */
  dutyAction(dutyId: Identifier, step: DutyStep, body: object, idempotencyKey: string): Promise<unknown>;
  /** `GET /api/plans/:id/matrix`. */
  getPlanMatrix(planId: Identifier): Promise<PlanMatrix>;
  /** `POST /api/notifications/:id/read`. */
  markNotificationRead(id: Identifier): Promise<unknown>;
  /** `POST /api/notifications/read-all`. */
  markAllNotificationsRead(): Promise<unknown>;
  /** `GET /api/dashboard?planId=&year=`: the leaders' dashboard. */
  getDashboard(filters: { planId?: string; year?: number }): Promise<Dashboard>;
}

export const dataProvider: DondocDataProvider = {
  async getList(resource, params) {
    const { data, total } = await apiFetch<ListResponse<RaRecord>>(`${path(resource)}${listQuery(params)}`);
    return { data, total };
  },
  async getOne(resource, params) {
    return { data: await apiFetch<RaRecord>(path(resource, params.id)) };
  },
  // `?id=a&id=b` is the API's getMany (apps/api list DTOs).
  async getMany(resource, params) {
    if (params.ids.length === 0) return { data: [] };
    const { data } = await apiFetch<ListResponse<RaRecord>>(
      `${path(resource)}${listQuery({ pagination: { page: 1, perPage: params.ids.length }, filter: { id: params.ids } })}`,
    );
    return { data };
  },
  async getManyReference(resource, params) {
    const filter = { ...params.filter, [params.target]: params.id };
    const { data, total } = await apiFetch<ListResponse<RaRecord>>(
      `${path(resource)}${listQuery({ ...params, filter })}`,
    );
    return { data, total };
  },
  async create(resource, params) {
    return { data: await apiFetch<RaRecord>(path(resource), { method: 'POST', body: params.data }) };
  },
  async update(resource, params) {
    const body = changedFields(params.data as Record<string, unknown>, params.previousData ?? {});
    return { data: await apiFetch<RaRecord>(path(resource, params.id), { method: 'PATCH', body }) };
  },
  async updateMany(resource, params) {
    await Promise.all(
      params.ids.map((id) => apiFetch(path(resource, id), { method: 'PATCH', body: params.data })),
    );
    return { data: params.ids };
  },
  // The API's DELETEs are soft (organisation closed, user deactivated) and answer the record.
  async delete(resource, params) {
    const data = await apiFetch<RaRecord | undefined>(path(resource, params.id), { method: 'DELETE' });
    return { data: data ?? params.previousData ?? ({ id: params.id } as RaRecord) };
  },
  async deleteMany(resource, params) {
    await Promise.all(params.ids.map((id) => apiFetch(path(resource, id), { method: 'DELETE' })));
    return { data: params.ids };
  },
  importPlan(file, onProgress) {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiUpload<ImportJob>('/plans/import', form, onProgress);
  },
  confirmImport(id, body) {
    return apiFetch<ImportJob>(`${path('import-jobs', id)}/confirm`, { method: 'POST', body });
  },
  getCalendarYear(year) {
    return apiFetch<CalendarYear>(`/calendar/${encodeURIComponent(String(year))}`);
  },
  getCalendarDeadlines(from, to, scope) {
    return apiFetch<CalendarDeadline[]>(`/calendar/deadlines?${new URLSearchParams({ from, to, scope }).toString()}`);
  },
  getPlanWorkflow(planId) {
    return apiFetch<PlanView>(`${path('plans', planId)}/workflow`);
  },
  getPlanAllowedActions(planId) {
    return apiFetch<AllowedPlanActions>(`${path('plans', planId)}/allowed-actions`);
  },
  getPlanRevisions(planId) {
    return apiFetch<PlanRevisions>(`${path('plans', planId)}/revisions`);
  },
  startPlanWorkflow(planId, body, idempotencyKey) {
    return apiFetch<PlanView>(`${path('plans', planId)}/workflow`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  },
  planAction(planId, step, body, idempotencyKey) {
    return apiFetch<PlanView>(`${path('plans', planId)}/actions/${step}`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  },
  taskAction(taskId, step, body, idempotencyKey) {
    return apiFetch<unknown>(`${path('tasks', taskId)}/${step}`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  },
  getTaskHistory(taskId) {
    return apiFetch<TaskHistory>(`${path('tasks', taskId)}/history`);
  },
  uploadFile(subject, id, file, periodKey) {
    const form = new FormData();
    if (periodKey) form.append('periodKey', periodKey);
    form.append('file', file, file.name);
    return apiUpload<StoredFileView>(`${path(subject, id)}/files`, form);
  },
  dutyAction(dutyId, step, body, idempotencyKey) {
    return apiFetch<unknown>(`${path('report-periods', dutyId)}/${step}`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    });
  },
  getPlanMatrix(planId) {
    return apiFetch<PlanMatrix>(`${path('plans', planId)}/matrix`);
  },
  markNotificationRead(id) {
    return apiFetch<unknown>(`${path('notifications', id)}/read`, { method: 'POST', body: {} });
  },
  getDashboard(filters) {
    const q = new URLSearchParams();
    if (filters.planId) q.set('planId', filters.planId);
    if (filters.year) q.set('year', String(filters.year));
    const qs = q.toString();
    return apiFetch<Dashboard>(`/dashboard${qs ? `?${qs}` : ''}`);
  },
  markAllNotificationsRead() {
    return apiFetch<unknown>(`${path('notifications')}/read-all`, { method: 'POST', body: {} });
  },
} as DondocDataProvider;
