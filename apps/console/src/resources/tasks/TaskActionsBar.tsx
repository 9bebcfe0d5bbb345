import { Stack } from '@mui/material';
import { useDataProvider, useGetIdentity, useGetList, usePermissions } from 'react-admin';
import { ActionButton, type ActionSpec } from '../../components/actions';
import type { DondocDataProvider } from '../../providers/data-provider';
import { taskFormSpecs, WORKING_PHASES } from './task-forms';
import type { TaskDetail } from '@dondoc/contracts';

/**
 * The steps the current user may take on the task now: the owning unit reports, submits and asks
 * for more time; a leader accepts or returns, decides an extension and reassigns. The API and the
 * workflow decide again; a refusal shows their Vietnamese reason in the dialog.
 */
export const TaskActionsBar = ({ task }: { task: TaskDetail }) => {
  const dataProvider = useDataProvider<DondocDataProvider>();
  const { permissions } = usePermissions<string[]>();
  const { identity } = useGetIdentity();
  const can = (p: string) => Array.isArray(permissions) && permissions.includes(p);
  const supervisor = can('tasks.assign');
  const { data: organisations } = useGetList(
    'organisations',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: supervisor },
  );
  const specs = taskFormSpecs(
    dataProvider,
    String(task.id),
    (organisations ?? [])
      .filter((o) => o.id !== task.task.ownerUnitId)
      .map((o) => ({ id: String(o.id), name: String(o.name) })),
  );
  const myOrganisation = (identity as { organisation?: { id: string } } | undefined)?.organisation?.id;
  const owner = can('tasks.update') && myOrganisation === task.task.ownerUnitId;
  const phase = task.task.phase;
  const shown: ActionSpec[] = [];
  if (owner && WORKING_PHASES.has(phase)) {
    shown.push(specs.progress, specs.submit);
    if (!task.task.pendingExtension) shown.push(specs.extension);
  }
  if (supervisor && phase === 'submitted') shown.push(specs.accept, specs.taskReturn);
  if (supervisor && task.task.pendingExtension) shown.push(specs.grant, specs.refuse);
  if (supervisor && (WORKING_PHASES.has(phase) || phase === 'refused')) shown.push(specs.reassign);
  if (shown.length === 0) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-testid="task-actions">
      {shown.map((spec) => (
        <ActionButton key={spec.key} spec={spec} title={task.title} layout="form" />
      ))}
    </Stack>
  );
};
