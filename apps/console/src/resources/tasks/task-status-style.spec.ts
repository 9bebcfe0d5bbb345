import { closedByDocument, taskStatusChip } from './task-status-style';

describe('taskStatusChip', () => {
  it('gives superseded and recalled tasks their own filled colours, apart from open and finished work', () => {
    const superseded = taskStatusChip('superseded');
    const recalled = taskStatusChip('recalled');
    expect(superseded).toEqual({ color: 'secondary', variant: 'filled' });
    expect(recalled).toEqual({ color: 'default', variant: 'filled' });
    const others = ['inProgress', 'dueSoon', 'overdue', 'completedOnTime', 'completedLate', 'awaitingConfirmation', 'paused', 'refused', 'redo'];
    for (const code of others) {
      expect(taskStatusChip(code)).not.toEqual(superseded);
      expect(taskStatusChip(code)).not.toEqual(recalled);
    }
  });
  it('keeps the outlined palette for the other statuses', () => {
    expect(taskStatusChip('overdue')).toEqual({ color: 'error', variant: 'outlined' });
    expect(taskStatusChip('inProgress')).toEqual({ color: 'default', variant: 'outlined' });
  });
  it('knows which statuses a later document closed', () => {
    expect(['superseded', 'recalled', 'overdue'].map(closedByDocument)).toEqual([true, true, false]);
  });
});
