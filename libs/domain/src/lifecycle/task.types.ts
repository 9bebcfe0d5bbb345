import { type LocalDate } from '../dates';

/** Where a task stands in its own workflow (the displayed status is derived, see `taskStatus`). */
export type TaskPhase = 'open' | 'submitted' | 'accepted' | 'returned' | 'paused' | 'refused' | ClosedByDocumentPhase;

/**
 * A task closed by a later document, its history kept: `superseded` when an amending plan removed
 * its responsibility, `recalled` when its plan was recalled ("thu hồi", Decree 30 Art. 18).
 */
export type ClosedByDocumentPhase = 'superseded' | 'recalled';

/** Which document closed a task, when and why (kept on the task for its history). */
export interface TaskClosure {
  phase: ClosedByDocumentPhase;
  /** The plan (document) that closed it: the amending plan, or the recalled plan itself. */
  byPlanId: string;
  /** Its number and symbol when known ("12/KH-UBND"). */
  bySymbol?: string;
  reason: string;
  at: string; // ISO instant
}

/** A pending or decided request for more time ("gia hạn"). */
export interface ExtensionRequest {
  requestedDueAt: string; // ISO instant
  reason: string;
  requestedAt: string;
  requestedBy: string;
  /** Asked after the deadline had passed (allowed, but shown to the decider). */
  late: boolean;
}

/** One change of owning unit ("chuyển giao"). */
export interface Reassignment {
  fromUnitId: string;
  toUnitId: string;
  at: string;
  by: string;
  reason: string;
}

/** Task state per owning unit (plain, JSON-safe). Instants are ISO strings. */
export interface TaskState {
  phase: TaskPhase;
  ownerUnitId: string;
  /** Null for ongoing duties ("thường xuyên"). */
  dueAt: string | null;
  progress: number; // 0–100
  /** Last day of the plan period: no extension beyond it. */
  planPeriodEnd?: LocalDate;
  submittedAt?: string;
  /** When the accepted work was submitted: what "on time" is judged by. */
  completedAt?: string;
  pendingExtension?: ExtensionRequest;
  reassignments: Reassignment[];
  /** Phase to return to on resume. */
  pausedFrom?: TaskPhase;
  lastReason?: string;
  /** Set when a later document closed the task (superseded or recalled). */
  closure?: TaskClosure;
}

/** Who acts on a task: the owning unit's people, or the assigning side (supervisor). */
export interface TaskActor {
  personId: string;
  roles: ('owner' | 'supervisor')[];
}

/** Actions on a task. */
export type TaskAction =
  | { type: 'reportProgress'; progress: number }
  | { type: 'submit'; channel?: 'system' | 'fallback'; submittedAt?: string }
  | { type: 'accept' }
  | { type: 'return'; reason: string }
  | { type: 'requestExtension'; newDueAt: string; reason: string }
  | { type: 'decideExtension'; grant: boolean; newDueAt?: string; reason?: string }
  | { type: 'reassign'; toUnitId: string; reason: string }
  | { type: 'pause'; reason: string }
  | { type: 'resume' }
  | { type: 'refuse'; reason: string };

/** What the caller does after an accepted task transition. */
export type TaskEffect =
  | { type: 'rescheduleEscalations'; dueAt: string | null }
  | { type: 'stopEscalations'; reason: 'done' | 'extensionGranted' | 'paused' | 'refused' | ClosedByDocumentPhase }
  | { type: 'notify'; to: 'owner' | 'supervisor' | 'newOwner'; messageVi: string }
  | { type: 'warning'; code: 'EXTENSION_REQUESTED_LATE'; messageVi: string };
