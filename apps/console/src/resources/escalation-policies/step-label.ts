/** "T−5", "T+0", "T+3": a step's mark relative to the deadline (typographic minus, as in the domain notes). */
export function stepMark(offsetDays: number): string {
  return offsetDays < 0 ? `T−${-offsetDays}` : `T+${offsetDays}`;
}

/** What a step is, from its offset: before the deadline a reminder, at it the overdue notice, after it an escalation. */
export function stepKind(offsetDays: number): 'reminder' | 'overdue' | 'escalation' {
  return offsetDays < 0 ? 'reminder' : offsetDays === 0 ? 'overdue' : 'escalation';
}
