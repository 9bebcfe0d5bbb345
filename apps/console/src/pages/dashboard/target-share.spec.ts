import { targetShare } from './target-share';

describe('targetShare', () => {
  it('measures progress from the baseline towards the target, in either direction', () => {
    expect(targetShare({ baseline: 40, target: 20, reported: 30 })).toBe(0.5);
    expect(targetShare({ baseline: 0, target: 10, reported: 4 })).toBe(0.4);
    expect(targetShare({ baseline: null, target: 10, reported: 5 })).toBe(0.5);
  });
  it('caps at 0 and 1 and gives null without figures', () => {
    expect(targetShare({ baseline: 40, target: 20, reported: 15 })).toBe(1);
    expect(targetShare({ baseline: 40, target: 20, reported: 45 })).toBe(0);
    expect(targetShare({ baseline: 40, target: 20, reported: null })).toBeNull();
    expect(targetShare({ baseline: 5, target: 5, reported: 5 })).toBeNull();
  });
});
