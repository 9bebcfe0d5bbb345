import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDeadline } from '../../format/date';
import { EvidenceFiles } from './EvidenceFiles';
import { formatDateTime } from './format-time';
import type { TaskDetail, TaskEvent, TaskHistory } from '@dondoc/contracts';

const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Card variant="outlined" component="section" data-testid={testId} sx={{ minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" sx={{ mb: 1, fontSize: '1.05rem' }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

/** What one timeline step says besides its name (progress, reason, dates). */
function eventDetail(e: TaskEvent, translate: (key: string, options?: object) => string): string {
  const bits: string[] = [];
  if ((e.action === 'reportProgress' || e.action === 'submit') && e.progress !== undefined)
    bits.push(translate('dondoc.task_pages.progress_value', { progress: e.progress }));
  if (e.extension && e.action === 'requestExtension')
    bits.push(translate('dondoc.task_pages.requested_due', { date: formatDeadline(e.extension.requestedDueAt) }));
  if (e.action === 'decideExtension')
    bits.push(
      e.granted
        ? translate('dondoc.task_pages.granted', { date: formatDeadline(e.dueAt ?? null) })
        : translate('dondoc.task_pages.refused'),
    );
  if (e.toOrganisationName) bits.push(translate('dondoc.task_pages.reassigned_to', { organisation: e.toOrganisationName }));
  const reason = e.reason ?? (e.action === 'requestExtension' ? e.extension?.reason : undefined);
  if (reason) bits.push(translate('dondoc.task_pages.reason', { reason }));
  return bits.join(' · ');
}

/** The last progress report in full: result, difficulties, proposals and its evidence files. */
const LastReport = ({ task, history }: { task: TaskDetail; history: TaskHistory }) => {
  const translate = useTranslate();
  const r = task.lastReport;
  if (!r) return <Empty text={translate('dondoc.task_pages.no_report')} />;
  const refs = new Set(r.evidenceFileRefs ?? []);
  const evidence = history.files.filter((f) => refs.has(f.ref));
  const rows: [string, string | undefined][] = [
    ['dondoc.work.fields.result', r.result],
    ['dondoc.work.fields.difficulties', r.difficulties],
    ['dondoc.task_pages.fields.proposals', r.proposals],
  ];
  return (
    <Box data-testid="last-report">
      <Typography variant="body2" sx={{ mb: 1 }}>
        <strong>{translate('dondoc.task_pages.progress_value', { progress: r.progress })}</strong> ·{' '}
        {formatDateTime(r.reportedAt)}
      </Typography>
      {rows
        .filter(([, v]) => v)
        .map(([label, v]) => (
          <Typography key={label} variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', mb: 0.5 }}>
            <strong>{translate(label)}:</strong> {v}
          </Typography>
        ))}
      <EvidenceFiles files={evidence} subject="tasks" subjectId={String(task.id)} />
    </Box>
  );
};

/**
 * Below the task's header: last report, timeline (progress reports, submissions, decisions),
 * extension requests and decisions, reassignments, reminders and escalations sent, evidence.
 */
export const TaskHistoryPanel = ({ task, history }: { task: TaskDetail; history: TaskHistory }) => {
  const translate = useTranslate();
  const extensions = history.events.filter((e) => e.action === 'requestExtension' || e.action === 'decideExtension');
  const reassignments = history.events.filter((e) => e.action === 'reassign');
  const eventLine = (e: TaskEvent, i: number) => (
    <ListItem key={`${e.at}-${i}`} disableGutters alignItems="flex-start" data-event={e.action}>
      <ListItemText
        primary={
          <>
            <strong>{translate(`dondoc.task_pages.events.${e.action}`, { _: e.action })}</strong>
            {e.actorName ? ` — ${e.actorName}` : ''}
          </>
        }
        secondary={[formatDateTime(e.at), eventDetail(e, translate)].filter(Boolean).join(' · ')}
        slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
      />
    </ListItem>
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, minWidth: 0 }}>
      <Section title={translate('dondoc.task_pages.sections.last_report')} testId="task-last-report">
        <LastReport task={task} history={history} />
      </Section>
      <Section title={translate('dondoc.task_pages.sections.timeline')} testId="task-timeline">
        {history.events.length === 0 ? (
          <Empty text={translate('dondoc.task_pages.empty')} />
        ) : (
          <List dense disablePadding>
            {history.events.map(eventLine)}
          </List>
        )}
      </Section>
      <Section title={translate('dondoc.task_pages.sections.extensions')} testId="task-extensions">
        {task.task.pendingExtension && (
          <Alert severity="info" sx={{ mb: 1 }} data-testid="pending-extension">
            {translate('dondoc.task_pages.pending_extension', {
              date: formatDeadline(task.task.pendingExtension.requestedDueAt),
              reason: task.task.pendingExtension.reason,
            })}
            {task.task.pendingExtension.late ? ` ${translate('dondoc.task_pages.late_request')}` : ''}
          </Alert>
        )}
        {extensions.length === 0 ? (
          <Empty text={translate('dondoc.task_pages.empty')} />
        ) : (
          <List dense disablePadding>
            {extensions.map(eventLine)}
          </List>
        )}
      </Section>
      <Section title={translate('dondoc.task_pages.sections.reassignments')} testId="task-reassignments">
        {reassignments.length === 0 ? (
          <Empty text={translate('dondoc.task_pages.empty')} />
        ) : (
          <List dense disablePadding>
            {reassignments.map(eventLine)}
          </List>
        )}
      </Section>
      <Section title={translate('dondoc.task_pages.sections.notifications')} testId="task-notifications">
        {history.notifications.length === 0 ? (
          <Empty text={translate('dondoc.task_pages.empty')} />
        ) : (
          <List dense disablePadding>
            {history.notifications.map((n) => (
              <ListItem key={n.id} disableGutters alignItems="flex-start" data-notification={n.kind}>
                <ListItemText
                  primary={
                    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }} component="span">
                      <Chip
                        size="small"
                        color={n.kind === 'escalation' || n.kind === 'overdue' ? 'error' : 'default'}
                        label={translate(`dondoc.task_pages.notification_kinds.${n.kind}`, { _: n.kind })}
                      />
                      <span>{n.title}</span>
                    </Stack>
                  }
                  secondary={`${formatDateTime(n.at)}${n.recipientName ? ` · ${n.recipientName}` : ''} · ${n.body}`}
                  slotProps={{ secondary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section title={translate('dondoc.task_pages.sections.files')} testId="task-files">
        <EvidenceFiles files={history.files} subject="tasks" subjectId={String(task.id)} empty="dondoc.task_pages.no_files" />
      </Section>
    </Stack>
  );
};
