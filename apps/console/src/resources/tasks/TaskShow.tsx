import { Stack } from '@mui/material';
import {
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useDataProvider,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton, taskActionSpecs, type ActionSpec } from '../../components/actions';
import { formatDeadline } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { TaskItem } from '../../types';

/** The steps of a task for the current user (the API and the workflow decide; refusals show their reason). */
const TaskActions = (_props: { label?: string | false }) => {
  const record = useRecordContext<TaskItem>();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const { permissions } = usePermissions<string[]>();
  if (!record) return null;
  const can = (p: string) => Array.isArray(permissions) && permissions.includes(p);
  const t = taskActionSpecs(dataProvider, String(record.id));
  const specs: ActionSpec[] = [];
  const open = record.phase === 'open' || record.phase === 'returned';
  if (open && can('tasks.update')) specs.push(t.progress, t.submit, t.extension);
  if (can('tasks.assign') && record.phase === 'submitted') specs.push(t.accept, t.taskReturn);
  if (can('tasks.assign') && record.pendingExtension) specs.push(t.grant, t.refuse);
  if (specs.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="task-actions">
      {specs.map((spec) => (
        <ActionButton key={spec.key} spec={spec} title={record.title} />
      ))}
    </Stack>
  );
};

/** One task (`GET /api/tasks/:id`): what, who, deadline, status, progress, and its actions. */
export const TaskShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TaskActions label={false} />
        <TextField source="title" sx={{ whiteSpace: 'pre-line' }} />
        <ReferenceField source="planId" reference="plans" link="show" />
        <TextField source="organisationName" emptyText="—" />
        <FunctionField<TaskItem>
          source="role"
          render={(r) => translate(r.role === 'lead' ? 'dondoc.work.matrix.lead_long' : 'dondoc.work.matrix.coordinator_long')}
        />
        <FunctionField<TaskItem> source="dueAt" render={(r) => (r.dueAt ? formatDeadline(r.dueAt) : '—')} />
        <Labeled label="resources.tasks.fields.status">
          <TextField source="status.label" />
        </Labeled>
        <TextField source="progress" />
      </SimpleShowLayout>
    </Show>
  );
};
