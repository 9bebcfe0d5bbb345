import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TaskStatusView } from '@dondoc/contracts';
import { closedByDocument, taskStatusChip } from './task-status-style';

/** The Vietnamese status, with "quá hạn" / "sắp quá hạn" badges where the deadline calls for them. */
export const TaskBadges = ({ status }: { status: TaskStatusView }) => {
  const translate = useTranslate();
  const overdue =
    status.overdue && status.code !== 'overdue' && !status.code.startsWith('completed') && !closedByDocument(status.code);
  const chip = taskStatusChip(status.code);
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }} component="span">
      <Chip
        size="small"
        variant={chip.variant}
        color={chip.color}
        label={translate(`dondoc.task_pages.statuses.${status.code}`, { _: status.label })}
        data-status={status.code}
      />
      {status.code === 'overdue' || overdue ? (
        <Chip size="small" color="error" label={translate('dondoc.work.inbox.overdue')} data-badge="overdue" />
      ) : null}
      {status.code === 'dueSoon' && (
        <Chip size="small" color="warning" label={translate('dondoc.work.inbox.due_soon')} data-badge="due-soon" />
      )}
    </Stack>
  );
};
