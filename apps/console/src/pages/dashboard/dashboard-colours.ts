/** Series colours (WCAG AA against white for text use; same hues as the matrix cells). */
export const STATUS_COLOURS: Record<string, string> = {
  overdue: '#c62828',
  dueSoon: '#ef6c00',
  inProgress: '#1565c0',
  awaitingConfirmation: '#6a1b9a',
  completedOnTime: '#2e7d32',
  completedLate: '#8d6e63',
  submittedOnTime: '#2e7d32',
  submittedLate: '#ef6c00',
  missing: '#9e9e9e',
  baseline: '#90a4ae',
  target: '#1565c0',
  reported: '#2e7d32',
};

/** Tooltip rows in dark text: the series colours (orange, grey) are too light for small text. */
export const TOOLTIP_ITEM = { color: '#212121' } as const;
