/** Workflow time (deterministic in workflow code) as an ISO instant. */
export const nowIso = (): string => new Date(Date.now()).toISOString();
