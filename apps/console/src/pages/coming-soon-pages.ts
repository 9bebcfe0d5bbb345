/** Menu keys a placeholder page may stand for (`dondoc.menu.<key>`). */
export type ComingSoonKey = 'inbox' | 'matrix';

/**
 * Work screens planned for the next issues; each is a clearly marked placeholder with no data.
 * (Plans left this list when GET /api/plans arrived, the calendar with GET /api/calendar/:year,
 * the inbox and the matrix with GET /api/inbox and GET /api/plans/:id/matrix.) Empty for now.
 */
export const COMING_SOON_PAGES: readonly { key: ComingSoonKey; path: string }[] = [];
