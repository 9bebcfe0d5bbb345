import { workflowInfo } from '@temporalio/workflow';

/** Default history length after which a long-lived workflow continues as new. */
export const DEFAULT_HISTORY_LIMIT = 2_000;

/** True when the server suggests it or the history passed the limit: time to continue as new. */
export function historyTooLong(limit: number | undefined): boolean {
  const info = workflowInfo();
  return info.continueAsNewSuggested || info.historyLength >= (limit ?? DEFAULT_HISTORY_LIMIT);
}
