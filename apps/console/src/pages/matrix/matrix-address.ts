/** The plan whose matrix the address opens: `#/plans/<id>/show/matrix` (plan page tab) or `#/matrix?plan=<id>`. */
export function matrixPlanOfHash(hash: string): { planId: string; planPage: boolean } | undefined {
  const tab = /^#\/plans\/([^/?#]+)\/show\/matrix(?:[/?]|$)/.exec(hash);
  if (tab) {
    try {
      return { planId: decodeURIComponent(tab[1]!), planPage: true };
    } catch {
      return undefined; // a malformed escape: the router will say what it makes of it
    }
  }
  const page = /^#\/matrix\?(.*)$/.exec(hash);
  const planId = page ? new URLSearchParams(page[1]).get('plan') : null;
  return planId ? { planId, planPage: false } : undefined;
}
