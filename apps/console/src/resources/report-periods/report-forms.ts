import type { DondocDataProvider } from '../../providers/data-provider';
import type { ActionField, ActionSpec } from '../../components/actions/action.types';
import type { DutyDetail as ReportPeriodDetail } from '@dondoc/contracts';

type Client = Pick<DondocDataProvider, 'dutyAction' | 'uploadFile'>;

/**
 * A typed figure: Vietnamese style (`1.234,5`: dots group thousands, the comma is decimal), or a
 * plain `1234.5`. Null when it is not a number.
 */
export function parseFigure(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!t) return null;
  const vietnamese = t.includes(',') || /^-?\d{1,3}(\.\d{3})+$/.test(t);
  const normal = vietnamese ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/**
 * A reporting organisation's submission for the current period (figures per plan target, estimate
 * flag, narrative, attachments) and the standing agency's consolidation, as action forms.
 */
export function reportFormSpecs(client: Client, period: ReportPeriodDetail) {
  const periodKey = period.period?.key ?? '';
  const figureFields: ActionField[] = period.figures.map((f) => ({
    name: `figure:${f.key}`,
    label: f.label,
    kind: 'text',
    helper: f.unit ?? undefined,
  }));
  const uploaded = new WeakMap<File, string>();
  return {
    submit: {
      key: 'submit-report',
      label: 'dondoc.report_periods.actions.submit',
      fields: [
        ...figureFields,
        { name: 'estimate', label: 'dondoc.report_periods.fields.estimate', kind: 'checkbox' },
        { name: 'narrative', label: 'dondoc.report_periods.fields.narrative', kind: 'multiline' },
        { name: 'files', label: 'dondoc.report_periods.fields.attachments', kind: 'files' },
      ],
      run: async (v, k, picked = []) => {
        const figures: Record<string, number> = {};
        for (const f of period.figures) {
          const raw = v[`figure:${f.key}`] ?? '';
          if (!raw.trim()) continue;
          const n = parseFigure(raw);
          if (n === null) throw new Error('dondoc.report_periods.errors.figure');
          figures[f.key] = n;
        }
        for (const f of picked) {
          if (!uploaded.has(f)) uploaded.set(f, (await client.uploadFile('report-periods', period.id, f, periodKey)).ref);
        }
        return client.dutyAction(
          period.id,
          'reports',
          {
            periodKey,
            figures,
            estimate: v.estimate === 'true',
            ...(v.narrative?.trim() ? { narrative: v.narrative.trim() } : {}),
          },
          k,
        );
      },
    },
    consolidate: {
      key: 'consolidate',
      label: 'dondoc.report_periods.actions.consolidate',
      fields: [{ name: 'narrative', label: 'dondoc.report_periods.fields.consolidated_narrative', kind: 'multiline' }],
      run: (v, k) =>
        client.dutyAction(
          period.id,
          'consolidation',
          { periodKey, ...(v.narrative?.trim() ? { narrative: v.narrative.trim() } : {}) },
          k,
        ),
    },
  } satisfies Record<string, ActionSpec>;
}
