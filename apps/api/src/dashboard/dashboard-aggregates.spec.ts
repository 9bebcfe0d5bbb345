import { completionRate, countTasksByOrganisation, reportedFigures, submissionsByPeriod, targetProgress } from './dashboard-aggregates';

describe('dashboard aggregates', () => {
  it('counts tasks per organisation, most overdue first', () => {
    const rows = countTasksByOrganisation([
      { organisationId: 'a', organisationName: 'Công an xã', status: 'inProgress' },
      { organisationId: 'b', organisationName: 'Tài chính', status: 'overdue' },
      { organisationId: 'b', organisationName: 'Tài chính', status: 'completedLate' },
      { organisationId: 'a', organisationName: 'Công an xã', status: 'dueSoon' },
      { organisationId: 'c', organisationName: 'Văn hóa', status: 'paused' },
    ]);
    expect(rows.map((r) => r.organisationId)).toEqual(['b', 'a', 'c']);
    expect(rows[0]).toMatchObject({ overdue: 1, completedLate: 1, total: 2, other: 0 });
    expect(rows[1]).toMatchObject({ dueSoon: 1, inProgress: 1, total: 2 });
    expect(rows[2]).toMatchObject({ other: 1, total: 1 });
  });

  it('on-time rate is over completed tasks only, null when none completed', () => {
    expect(completionRate([{ status: 'overdue' }, { status: 'inProgress' }])).toEqual({ completed: 0, onTime: 0, late: 0, onTimeRate: null });
    expect(completionRate([{ status: 'completedOnTime' }, { status: 'completedOnTime' }, { status: 'completedLate' }, { status: 'overdue' }])).toEqual({
      completed: 3,
      onTime: 2,
      late: 1,
      onTimeRate: 2 / 3,
    });
  });

  it('counts submissions per period, oldest due first', () => {
    const rows = submissionsByPeriod([
      { periodKey: '2027-Y', dueAt: '2027-12-14T17:00:00.000Z', status: 'open', late: false },
      { periodKey: '2027-H1', dueAt: '2027-06-04T17:00:00.000Z', status: 'submitted', late: false },
      { periodKey: '2027-H1', dueAt: '2027-06-04T17:00:00.000Z', status: 'submitted', late: true },
      { periodKey: '2027-H1', dueAt: '2027-06-04T17:00:00.000Z', status: 'overdue', late: false },
    ]);
    expect(rows).toEqual([
      { periodKey: '2027-H1', dueAt: '2027-06-04T17:00:00.000Z', expected: 3, submittedOnTime: 1, submittedLate: 1, missing: 1, overdue: 1 },
      { periodKey: '2027-Y', dueAt: '2027-12-14T17:00:00.000Z', expected: 1, submittedOnTime: 0, submittedLate: 0, missing: 1, overdue: 0 },
    ]);
  });

  it('reported figures: a resubmission replaces, a consolidation wins, the latest period is shown', () => {
    const figures = reportedFigures([
      { kind: 'submit', dutyId: 'd', periodKey: '2027-H1', orgId: 'x', figures: { t1: 10 }, at: '2027-06-01T00:00:00Z' },
      { kind: 'submit', dutyId: 'd', periodKey: '2027-H1', orgId: 'x', figures: { t1: 12 }, at: '2027-06-02T00:00:00Z' },
      { kind: 'submit', dutyId: 'd', periodKey: '2027-H1', orgId: 'y', figures: { t1: 5, t2: 1 }, at: '2027-06-03T00:00:00Z' },
      { kind: 'submit', dutyId: 'd', periodKey: '2027-Y', orgId: 'x', figures: { t2: 4 }, at: '2027-12-01T00:00:00Z' },
      { kind: 'consolidate', dutyId: 'd', periodKey: '2027-Y', orgId: 'std', figures: { t2: 9 }, at: '2027-12-10T00:00:00Z' },
    ]);
    const progress = targetProgress(
      [
        { targetId: 't1', text: 'Giảm hộ nghèo', unit: 'hộ', comparator: 'lte', baseline: 40, target: 20 },
        { targetId: 't2', text: 'Lớp nghề', unit: 'lớp', comparator: 'gte', baseline: 0, target: 10 },
        { targetId: 't3', text: 'Chưa báo cáo', unit: null, comparator: null, baseline: null, target: 1 },
      ],
      figures,
    );
    expect(progress.map((p) => [p.targetId, p.reported, p.reportedPeriodKey, p.consolidated])).toEqual([
      ['t1', 17, '2027-H1', false],
      ['t2', 9, '2027-Y', true],
      ['t3', null, null, false],
    ]);
  });
});
