import { localDate } from '../dates';
import { type DueRule } from '../deadline';
import { diffDuties, diffResponsibilities } from './amendment-diff';

const due = (m: number, d: number): DueRule => ({ kind: 'lastDay', date: localDate(2027, m, d) });
const row = (id: string, leads: string[], dueRule: DueRule, coordinatorOrgIds: string[] = []) => ({ responsibilityId: id, leads: leads.map((orgId) => ({ orgId })), coordinatorOrgIds, dueRule });
const keys = (slots: { responsibilityId: string; orgId: string }[]) => slots.map((s) => `${s.responsibilityId}/${s.orgId}`);

describe('diffResponsibilities (an amending plan against the plan in force, per task)', () => {
  const before = [row('r1', ['vhxh'], due(6, 30), ['tc']), row('r2', ['tc'], due(6, 30)), row('r3', ['vhxh', 'tc'], due(9, 30)), row('r4', ['dc'], { kind: 'ongoing' })];

  it.each<[string, ReturnType<typeof row>[], { added: string[]; removed: string[]; changed: string[]; unchanged: string[] }]>([
    ['nothing changed', before, { added: [], removed: [], changed: [], unchanged: ['r1/vhxh', 'r2/tc', 'r3/vhxh', 'r3/tc', 'r4/dc'] }],
    ['a row removed', before.filter((r) => r.responsibilityId !== 'r2'), { added: [], removed: ['r2/tc'], changed: [], unchanged: ['r1/vhxh', 'r3/vhxh', 'r3/tc', 'r4/dc'] }],
    ['a row added', [...before, row('r5', ['tp'], due(12, 31))], { added: ['r5/tp'], removed: [], changed: [], unchanged: ['r1/vhxh', 'r2/tc', 'r3/vhxh', 'r3/tc', 'r4/dc'] }],
    ['a lead dropped from a kept row and another added', [before[0]!, before[1]!, row('r3', ['vhxh', 'dc'], due(9, 30)), before[3]!], { added: ['r3/dc'], removed: ['r3/tc'], changed: [], unchanged: ['r1/vhxh', 'r2/tc', 'r3/vhxh', 'r4/dc'] }],
    ['a deadline moved (every lead of the row)', [before[0]!, before[1]!, row('r3', ['vhxh', 'tc'], due(12, 31)), before[3]!], { added: [], removed: [], changed: ['r3/vhxh', 'r3/tc'], unchanged: ['r1/vhxh', 'r2/tc', 'r4/dc'] }],
    ['an ongoing duty given a deadline', [...before.slice(0, 3), row('r4', ['dc'], due(3, 31))], { added: [], removed: [], changed: ['r4/dc'], unchanged: ['r1/vhxh', 'r2/tc', 'r3/vhxh', 'r3/tc'] }],
    ['coordinators changed', [row('r1', ['vhxh'], due(6, 30), ['tc', 'dc']), ...before.slice(1)], { added: [], removed: [], changed: ['r1/vhxh'], unchanged: ['r2/tc', 'r3/vhxh', 'r3/tc', 'r4/dc'] }],
    ['everything removed', [], { added: [], removed: ['r1/vhxh', 'r2/tc', 'r3/vhxh', 'r3/tc', 'r4/dc'], changed: [], unchanged: [] }],
  ])('%s', (_label, after, expected) => {
    const d = diffResponsibilities(before, after);
    expect({ added: keys(d.added), removed: keys(d.removed), changed: keys(d.changed), unchanged: keys(d.unchanged) }).toEqual(expected);
  });

  it('says what changed, and ignores coordinator order, duplicates and key order in rules', () => {
    const reordered = [row('r1', ['vhxh'], { date: localDate(2027, 6, 30), kind: 'lastDay' } as DueRule, ['tc', 'tc']), ...before.slice(1)];
    expect(diffResponsibilities(before, reordered).changed).toEqual([]);
    const [c] = diffResponsibilities(before, [row('r1', ['vhxh'], due(7, 30), ['dc']), ...before.slice(1)]).changed;
    expect(c).toMatchObject({ responsibilityId: 'r1', orgId: 'vhxh', dueRuleChanged: true, coordinatorsChanged: true, after: { dueRule: due(7, 30) } });
  });
});

describe('diffDuties (by duty id)', () => {
  const duty = (id: string, month: number, reporters = ['vhxh']) => ({ dutyId: id, duty: { frequency: 'annual', due: { kind: 'yearly', month, day: 15 } }, reporters: reporters.map((orgId) => ({ orgId })) });
  it('finds added, removed and changed duties (rule or reporters)', () => {
    const d = diffDuties([duty('d1', 12), duty('d2', 6), duty('d3', 6)], [duty('d1', 12), duty('d2', 7), duty('d3', 6, ['vhxh', 'tc']), duty('d4', 12)]);
    expect({ added: d.added.map((x) => x.dutyId), removed: d.removed.map((x) => x.dutyId), changed: d.changed.map((x) => x.after.dutyId), unchanged: d.unchanged.map((x) => x.dutyId) }).toEqual({
      added: ['d4'],
      removed: [],
      changed: ['d2', 'd3'],
      unchanged: ['d1'],
    });
    expect(diffDuties([duty('d1', 12)], []).removed.map((x) => x.dutyId)).toEqual(['d1']);
  });
});
