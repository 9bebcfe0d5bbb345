describe('workspace', () => {
  it('runs unit tests through swc', () => {
    expect([1, 2, 3].map((n) => n * 2)).toEqual([2, 4, 6]);
  });
});
