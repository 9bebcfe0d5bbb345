import type { Obj } from '../engine/events';
import { validateSearchAttributes } from '../engine/start-workflow.ops';
import { STATUS_OF } from '../engine/visibility-record';
import { Code, failedPrecondition, invalidArgument, notFound, ServerError } from '../errors/server-error';
import { fromTs, ts } from '../util/time';
import { effectivePolicy } from './overlap-policy';
import { validateAction } from './schedule-action';
import type { ScheduleRecord } from './schedule-record';
import { actionsBetween, nextAction } from './schedule-jitter';
import { parseScheduleQuery, scheduleMatches } from './schedule-query';
import { canonicalSpec, compileSpec } from './schedule-spec';
import { catchupWindowMs, scheduleKey, schedulePolicy, seedOf, state, type LiveSchedule, type Scheduler } from './scheduler';

/** Temporal's counts: Describe shows 10 future and recent actions, a List entry 5 of each. */
const FUTURE_TIMES = 10;
const LIST_TIMES = 5;
const DEFAULT_PAGE = 1000;
const MAX_MATCHING_TIMES = 1000;

const fieldsOf = (o: unknown): Obj | undefined => {
  const f = (o as Obj | undefined)?.fields ?? (o as Obj | undefined)?.indexedFields;
  return f && Object.keys(f as Obj).length ? (o as Obj) : undefined;
};

function conflictToken(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

function get(sc: Scheduler, namespace: string, scheduleId: unknown): LiveSchedule {
  const id = String(scheduleId ?? '');
  if (!id) throw invalidArgument('ScheduleId is not set on request.');
  const s = sc.live.get(scheduleKey(namespace, id));
  if (!s) throw notFound(`schedule "${id}" not found in namespace ${namespace}`);
  return s;
}

/** Validates and normalises a Schedule message; returns it with the canonical spec, and the compiled spec. */
function checkSchedule(sc: Scheduler, namespace: string, schedule: Obj | undefined): LiveSchedule['spec'] & { canonical: Obj } {
  if (!schedule) throw invalidArgument('Schedule is not set on request.');
  const spec = compileSpec(schedule.spec as Obj | undefined);
  const sw = validateAction(schedule.action as Obj | undefined);
  validateSearchAttributes(sc.e, namespace, ((sw.searchAttributes as Obj | undefined)?.indexedFields as Obj | undefined) ?? undefined);
  const policy = Number((schedule.policies as Obj | undefined)?.overlapPolicy ?? 0);
  if (policy < 0 || policy > 6) throw invalidArgument(`Invalid schedule overlap policy ${policy}.`);
  const st = (schedule.state as Obj | undefined) ?? {};
  if (Number(st.remainingActions ?? 0) < 0) throw invalidArgument('Schedule remainingActions must not be negative.');
  return { ...spec, canonical: { ...schedule, spec: canonicalSpec(schedule.spec as Obj | undefined, spec) } };
}

/** CreateSchedule. */
export async function createSchedule(sc: Scheduler, namespace: string, req: Obj): Promise<Obj> {
  const scheduleId = String(req.scheduleId ?? '');
  if (!scheduleId) throw invalidArgument('ScheduleId is not set on request.');
  const existing = sc.live.get(scheduleKey(namespace, scheduleId));
  if (existing) {
    if (req.requestId && existing.rec.createRequestId === req.requestId) return { conflictToken: conflictToken(existing.rec.conflictToken) };
    throw new ServerError(Code.ALREADY_EXISTS, `Schedule with ID "${scheduleId}" is already registered.`);
  }
  const { canonical, ...spec } = checkSchedule(sc, namespace, req.schedule as Obj | undefined);
  validateSearchAttributes(sc.e, namespace, ((req.searchAttributes as Obj | undefined)?.indexedFields as Obj | undefined) ?? undefined);
  checkPatch((req.initialPatch as Obj | undefined) ?? {});
  const now = sc.e.clock.now();
  const rec: ScheduleRecord = {
    namespace,
    scheduleId,
    schedule: canonical,
    memo: fieldsOf(req.memo),
    searchAttributes: fieldsOf(req.searchAttributes),
    conflictToken: 1,
    createTime: now,
    updateTime: 0,
    createRequestId: req.requestId ? String(req.requestId) : undefined,
    actionCount: 0,
    missedCatchupWindow: 0,
    overlapSkipped: 0,
    bufferDropped: 0,
    recentActions: [],
    running: [],
    buffer: [],
    processedUntil: now,
  };
  const s: LiveSchedule = { rec, spec };
  sc.live.set(scheduleKey(namespace, scheduleId), s);
  applyPatch(sc, s, (req.initialPatch as Obj | undefined) ?? {});
  sc.evaluate(s);
  await sc.persist(s);
  return { conflictToken: conflictToken(rec.conflictToken) };
}

/** DescribeSchedule. */
export function describeSchedule(sc: Scheduler, namespace: string, req: Obj): Obj {
  const s = get(sc, namespace, req.scheduleId);
  const rec = s.rec;
  const policies = { ...((rec.schedule.policies as Obj | undefined) ?? {}) };
  policies.overlapPolicy = schedulePolicy(rec);
  policies.catchupWindow = ts(catchupWindowMs(rec));
  return {
    schedule: { ...rec.schedule, policies, state: { ...state(rec) } },
    info: info(sc, s),
    memo: rec.memo,
    searchAttributes: rec.searchAttributes,
    conflictToken: conflictToken(rec.conflictToken),
  };
}

function info(sc: Scheduler, s: LiveSchedule): Obj {
  const rec = s.rec;
  return {
    actionCount: rec.actionCount,
    missedCatchupWindow: rec.missedCatchupWindow,
    overlapSkipped: rec.overlapSkipped,
    bufferDropped: rec.bufferDropped,
    bufferSize: rec.buffer.length,
    runningWorkflows: sc.alive(s).map((r) => ({ workflowId: r.workflowId, runId: r.runId })),
    recentActions: recentActions(sc, rec),
    futureActionTimes: futureTimes(s, FUTURE_TIMES).map(ts),
    createTime: ts(rec.createTime),
    updateTime: rec.updateTime ? ts(rec.updateTime) : undefined,
  };
}

function recentActions(sc: Scheduler, rec: ScheduleRecord): Obj[] {
  return rec.recentActions.map((a) => {
    const run = sc.e.store.getRun(a.runId);
    return {
      scheduleTime: ts(a.scheduleTime),
      actualTime: ts(a.actualTime),
      startWorkflowResult: { workflowId: a.workflowId, runId: a.runId },
      startWorkflowStatus: run ? STATUS_OF[run.state] : 0,
    };
  });
}

/**
 * The next `count` action times, jitter included, after the last handled one (as many as remain when actions are
 * limited); like Temporal, times before the last update are left out.
 */
function futureTimes(s: LiveSchedule, count: number): number[] {
  const st = state(s.rec);
  const limit = st.limitedActions ? Math.min(count, Number(st.remainingActions ?? 0)) : count;
  const seed = seedOf(s.rec);
  const out: number[] = [];
  let t = s.rec.processedUntil;
  while (out.length < limit) {
    const next = nextAction(s.spec, seed, t);
    if (next === undefined) break;
    t = next.actual;
    if (next.actual >= s.rec.updateTime) out.push(next.actual);
  }
  return out;
}

/** UpdateSchedule: spec, action, policies and state are replaced (times due so far are handled first). */
export async function updateSchedule(sc: Scheduler, namespace: string, req: Obj): Promise<Obj> {
  const s = get(sc, namespace, req.scheduleId);
  const token = req.conflictToken as Uint8Array | undefined;
  if (token && token.length && Buffer.compare(Buffer.from(token), conflictToken(s.rec.conflictToken)) !== 0) {
    throw failedPrecondition('Schedule was modified since the conflict token was read.');
  }
  const { canonical, ...spec } = checkSchedule(sc, namespace, req.schedule as Obj | undefined);
  if (req.searchAttributes) validateSearchAttributes(sc.e, namespace, ((req.searchAttributes as Obj).indexedFields as Obj | undefined) ?? undefined);
  sc.evaluate(s);
  const rec = s.rec;
  rec.schedule = canonical;
  if (req.memo) rec.memo = fieldsOf(req.memo);
  if (req.searchAttributes) rec.searchAttributes = fieldsOf(req.searchAttributes);
  rec.conflictToken++;
  rec.updateTime = sc.e.clock.now();
  s.spec = spec;
  sc.evaluate(s);
  await sc.persist(s);
  return {};
}

/** Rejects a bad patch before anything changes. */
function checkPatch(patch: Obj): void {
  if (patch.pause && patch.unpause) throw invalidArgument('A schedule patch cannot both pause and unpause.');
  for (const b of (patch.backfillRequest as Obj[] | undefined) ?? []) {
    const from = fromTs(b.startTime as Obj);
    const to = fromTs(b.endTime as Obj);
    if (!from || !to || to < from) throw invalidArgument('Backfill request needs a start time before its end time.');
  }
}

/** Pause/unpause with a note, trigger now, backfill ranges; manual actions ignore pause and remainingActions. */
function applyPatch(sc: Scheduler, s: LiveSchedule, patch: Obj): void {
  const st = state(s.rec);
  if (patch.pause) {
    st.paused = true;
    st.notes = String(patch.pause);
  }
  if (patch.unpause) {
    st.paused = false;
    st.notes = String(patch.unpause);
  }
  const now = sc.e.clock.now();
  const trigger = patch.triggerImmediately as Obj | undefined;
  if (trigger) {
    const at = fromTs(trigger.scheduledTime as Obj) || now;
    sc.enqueue(s, { nominal: at, actual: at, overlap: effectivePolicy(trigger.overlapPolicy, schedulePolicy(s.rec)), manual: true });
  }
  for (const b of (patch.backfillRequest as Obj[] | undefined) ?? []) {
    const from = fromTs(b.startTime as Obj);
    const to = fromTs(b.endTime as Obj);
    const overlap = effectivePolicy(b.overlapPolicy, schedulePolicy(s.rec));
    for (const t of actionsBetween(s.spec, seedOf(s.rec), from - 1, to, MAX_MATCHING_TIMES)) sc.enqueue(s, { nominal: t.nominal, actual: t.actual, overlap, manual: true });
  }
  sc.drain(s);
}

/** PatchSchedule. */
export async function patchSchedule(sc: Scheduler, namespace: string, req: Obj): Promise<Obj> {
  const s = get(sc, namespace, req.scheduleId);
  const patch = (req.patch as Obj | undefined) ?? {};
  checkPatch(patch);
  sc.evaluate(s);
  applyPatch(sc, s, patch);
  sc.evaluate(s);
  await sc.persist(s);
  return {};
}

/** DeleteSchedule: the schedule goes; workflows it started keep running. */
export async function deleteSchedule(sc: Scheduler, namespace: string, req: Obj): Promise<Obj> {
  const s = get(sc, namespace, req.scheduleId);
  sc.live.delete(scheduleKey(namespace, s.rec.scheduleId));
  sc.disarm(s);
  await sc.store.delete(namespace, s.rec.scheduleId);
  return {};
}

/**
 * ListSchedules: by schedule id, paged with an opaque token, filtered by a List Filter query over the schedule's
 * search attributes (see schedule-query.ts). Entries show only the custom search attributes, as Temporal's do.
 */
export function listSchedules(sc: Scheduler, namespace: string, req: Obj): Obj {
  const custom = sc.e.namespaces.get(namespace).searchAttributes;
  const query = parseScheduleQuery(custom, String(req.query ?? ''));
  const size = Number(req.maximumPageSize ?? 0) || DEFAULT_PAGE;
  const token = req.nextPageToken as Uint8Array | undefined;
  const after = token && token.length ? Buffer.from(token).toString('utf8') : undefined;
  const all = [...sc.live.values()]
    .filter((s) => s.rec.namespace === namespace && (!query || scheduleMatches(query, s.rec, custom)))
    .sort((a, b) => (a.rec.scheduleId < b.rec.scheduleId ? -1 : 1));
  const rest = after === undefined ? all : all.filter((s) => s.rec.scheduleId > after);
  const page = rest.slice(0, size);
  return {
    schedules: page.map((s) => ({
      scheduleId: s.rec.scheduleId,
      memo: s.rec.memo,
      searchAttributes: s.rec.searchAttributes,
      info: {
        spec: s.rec.schedule.spec,
        workflowType: ((s.rec.schedule.action as Obj).startWorkflow as Obj).workflowType,
        notes: state(s.rec).notes ?? '',
        paused: !!state(s.rec).paused,
        recentActions: recentActions(sc, s.rec).slice(-LIST_TIMES),
        futureActionTimes: futureTimes(s, LIST_TIMES).map(ts),
      },
    })),
    nextPageToken: rest.length > size ? Buffer.from(page[page.length - 1]!.rec.scheduleId, 'utf8') : undefined,
  };
}

/** ListScheduleMatchingTimes: action times (jitter included, as Temporal answers) in [startTime, endTime]. */
export function listMatchingTimes(sc: Scheduler, namespace: string, req: Obj): Obj {
  const s = get(sc, namespace, req.scheduleId);
  const from = fromTs(req.startTime as Obj);
  const to = fromTs(req.endTime as Obj);
  if (!from || !to || to < from) throw invalidArgument('ListScheduleMatchingTimes needs a start time before its end time.');
  return { startTime: actionsBetween(s.spec, seedOf(s.rec), from - 1, to, MAX_MATCHING_TIMES).map((t) => ts(t.actual)) };
}
