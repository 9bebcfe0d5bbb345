import { useNotify, useRedirect } from 'react-admin';
import type { CalendarException } from '@dondoc/contracts';

/**
 * After a write: say how many open workflows had their deadlines recomputed, or that the change is
 * saved but not yet sent (Temporal unreachable), then go back to the list.
 */
export function useBroadcastNotice() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (data: CalendarException) => {
    const b = data.broadcast;
    if (b && (b.error || b.failed > 0)) {
      notify('dondoc.calendar_exceptions.broadcast_failed', { type: 'warning', messageArgs: { error: b.error ?? `${b.failed}` } });
    } else {
      notify('dondoc.calendar_exceptions.broadcast_done', { type: 'success', messageArgs: { count: b?.signalled ?? 0 } });
    }
    redirect('list', 'calendar-exceptions');
  };
}
