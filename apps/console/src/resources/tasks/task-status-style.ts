/** Chip colours of the task statuses (MUI palette names). */
export type TaskChipColor = 'default' | 'success' | 'warning' | 'error' | 'info' | 'secondary';

const COLORS: Record<string, TaskChipColor> = {
  completedOnTime: 'success',
  completedLate: 'warning',
  awaitingConfirmation: 'info',
  overdue: 'error',
  dueSoon: 'warning',
  redo: 'warning',
  refused: 'error',
  // Closed by a later document: neither done nor owed, so neither green nor red.
  superseded: 'secondary',
};

/**
 * How a status chip looks. "Đã thu hồi" is filled grey and "Đã được thay thế" purple so both stand
 * apart from open work (outlined) at a glance; everything else keeps the outlined palette colour.
 */
export function taskStatusChip(code: string): { color: TaskChipColor; variant: 'outlined' | 'filled' } {
  if (code === 'recalled') return { color: 'default', variant: 'filled' };
  if (code === 'superseded') return { color: 'secondary', variant: 'filled' };
  return { color: COLORS[code] ?? 'default', variant: 'outlined' };
}

/** Whether a later document closed the task (no "quá hạn" badge: it is no longer owed). */
export const closedByDocument = (code: string): boolean => code === 'superseded' || code === 'recalled';
