import { FunctionField, Show, TabbedShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { VnDateField } from '../../fields';
import { PlanMatrix } from '../../pages/matrix';
import type { PlanDetail } from '@dondoc/contracts';
import { PlanResponsibilities } from './PlanResponsibilities';
import { PlanRevisions } from './PlanRevisions';
import { PlanSections } from './PlanSections';
import { PlanStatusField } from './PlanStatusField';
import { PlanWorkflowPanel } from './PlanWorkflowPanel';

const Period = () => (
  <FunctionField<PlanDetail>
    label="resources.plans.fields.period"
    render={(r) => (r.periodFrom || r.periodTo ? [r.periodFrom, r.periodTo].filter(Boolean).join(' – ') : '—')}
  />
);

const SourceField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<PlanDetail>
      label="resources.plans.fields.source"
      render={(r) => translate(`dondoc.plan_sources.${r.source}`, { _: r.source })}
    />
  );
};

const PlanMatrixTab = (_props: { label?: string | false }) => {
  const record = useRecordContext<PlanDetail>();
  return record ? <PlanMatrix planId={String(record.id)} /> : null;
};

/** General information with the workflow's actions and timeline, content tree, assignment rows, assignment matrix, revisions with a diff, legal bases. */
export const PlanShow = () => (
  <Show>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="dondoc.plans.tabs.general">
        <PlanWorkflowPanel />
        <TextField source="title" />
        <TextField source="numberText" emptyText="—" />
        <TextField source="issuerName" emptyText="—" />
        <TextField source="place" emptyText="—" />
        <VnDateField source="issuedOn" emptyText="—" />
        <PlanStatusField label="resources.plans.fields.status" />
        <Period />
        <TextField source="summary" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <SourceField />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="dondoc.plans.tabs.content" path="content">
        <PlanSections />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="dondoc.plans.tabs.assignments" path="assignments">
        <PlanResponsibilities />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="dondoc.work.matrix.tab" path="matrix">
        <PlanMatrixTab label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="dondoc.plan_page.revisions.tab" path="revisions">
        <PlanRevisions label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="dondoc.plans.tabs.legal_bases" path="legal-bases">
        <FunctionField<PlanDetail>
          label={false}
          render={(r) =>
            r.legalBases?.length ? (
              <ul>
                {r.legalBases.map((b) => (
                  <li key={b.id}>{b.citation}</li>
                ))}
              </ul>
            ) : (
              '—'
            )
          }
        />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
