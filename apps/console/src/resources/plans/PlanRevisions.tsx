import { useState } from 'react';
import {
  Alert,
  Box,
  Chip,
  LinearProgress,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useLoad } from '../../components/use-load';
import { formatDate } from '../../format/date';
import type { DondocDataProvider } from '../../providers/data-provider';
import type { PlanDetail } from '@dondoc/contracts';
import { DIFF_GROUPS, diffRevisions, type ItemChange, type WordPart } from './revision-diff';
import type { PlanRevision } from './revision.types';

const dateTime = (iso: string) =>
  `${formatDate(iso)} ${new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))}`;

/** Removed words struck through in red, added ones underlined in green (also told apart without colour). */
const Words = ({ parts }: { parts: WordPart[] }) => (
  <Typography variant="body2" component="p" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', m: 0 }}>
    {parts.map((p, i) =>
      p.op === 'same' ? (
        <span key={i}>{p.text}</span>
      ) : p.op === 'added' ? (
        <Box component="ins" key={i} sx={{ bgcolor: 'success.light', color: 'success.contrastText', textDecoration: 'underline' }}>
          {p.text}
        </Box>
      ) : (
        <Box component="del" key={i} sx={{ bgcolor: 'error.light', color: 'error.contrastText' }}>
          {p.text}
        </Box>
      ),
    )}
  </Typography>
);

const CHANGE_COLOR = { added: 'success', removed: 'error', changed: 'warning' } as const;

const Change = ({ item }: { item: ItemChange }) => {
  const translate = useTranslate();
  return (
    <Box component="li" data-change={item.change} sx={{ mb: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Chip size="small" color={CHANGE_COLOR[item.change]} label={translate(`dondoc.plan_page.revisions.changes.${item.change}`)} />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {item.label}
        </Typography>
      </Stack>
      {item.fields.map((f) => (
        <Box key={f.field} sx={{ pl: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate(`dondoc.plan_page.revisions.fields.${f.field}`, { _: f.field })}
          </Typography>
          <Words parts={f.parts} />
        </Box>
      ))}
    </Box>
  );
};

const Diff = ({ before, after }: { before: PlanRevision; after: PlanRevision }) => {
  const translate = useTranslate();
  const diff = diffRevisions(before.content, after.content);
  const total = DIFF_GROUPS.reduce((n, g) => n + diff[g].length, 0);
  if (total === 0) return <Typography variant="body2">{translate('dondoc.plan_page.revisions.no_changes')}</Typography>;
  return (
    <Box data-testid="revision-diff">
      {DIFF_GROUPS.filter((g) => diff[g].length > 0).map((g) => (
        <Box key={g} sx={{ mb: 2 }}>
          <Typography variant="subtitle2" component="h3">
            {translate(`dondoc.plan_page.revisions.groups.${g}`)} ({diff[g].length})
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', pl: 0, m: 0 }}>
            {diff[g].map((item, i) => (
              <Change key={i} item={item} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The "Phiên bản" tab: the plan's content revisions (number, who, when, why), the draft edits the
 * lifecycle recorded, and a readable diff between two revisions chosen by the user.
 */
export const PlanRevisions = (_props: { label?: string | false }) => {
  const record = useRecordContext<PlanDetail>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<DondocDataProvider>();
  const planId = record ? String(record.id) : '';
  const { data, error, isPending } = useLoad(
    () => (planId ? dataProvider.getPlanRevisions(planId) : Promise.reject(new Error('no plan'))),
    [planId, dataProvider],
  );
  const [pick, setPick] = useState<{ from?: number; to?: number }>({});
  if (!record) return null;
  if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  if (isPending || !data) return <LinearProgress />;
  const revisions = data.data;
  const last = revisions[revisions.length - 1];
  const to = revisions.find((r) => r.number === pick.to) ?? last;
  const from = revisions.find((r) => r.number === pick.from) ?? revisions[revisions.length - 2];
  const select = (name: 'from' | 'to', value: PlanRevision | undefined) => (
    <TextField
      select
      size="small"
      label={translate(`dondoc.plan_page.revisions.${name}`)}
      value={value?.number ?? ''}
      onChange={(e) => setPick((p) => ({ ...p, [name]: Number(e.target.value) }))}
      sx={{ minWidth: 160 }}
    >
      {revisions.map((r) => (
        <MenuItem key={r.number} value={r.number}>
          {translate('dondoc.plan_page.revisions.number', { number: r.number })}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack spacing={2} data-testid="plan-revisions">
      <Table size="small" aria-label={translate('dondoc.plan_page.revisions.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('dondoc.plan_page.revisions.columns.number')}</TableCell>
            <TableCell>{translate('dondoc.plan_page.revisions.columns.by')}</TableCell>
            <TableCell>{translate('dondoc.plan_page.revisions.columns.at')}</TableCell>
            <TableCell>{translate('dondoc.plan_page.revisions.columns.reason')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {revisions.map((r) => (
            <TableRow key={r.number} data-revision={r.number}>
              <TableCell>{r.number}</TableCell>
              <TableCell>{r.createdBy ?? translate('dondoc.plan_page.revisions.system')}</TableCell>
              <TableCell>{dateTime(r.createdAt)}</TableCell>
              <TableCell>{r.reason ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data.edits.length > 0 && (
        <Box>
          <Typography variant="subtitle2" component="h2">
            {translate('dondoc.plan_page.revisions.edits')}
          </Typography>
          <Box component="ul" sx={{ m: 0 }}>
            {data.edits.map((e, i) => (
              <li key={i}>
                <Typography variant="body2">
                  {translate('dondoc.plan_page.revisions.edit', {
                    revision: e.revision,
                    by: e.by ?? translate('dondoc.plan_page.revisions.system'),
                    at: dateTime(e.at),
                  })}
                </Typography>
              </li>
            ))}
          </Box>
        </Box>
      )}
      {from && to ? (
        <Box>
          <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
            {select('from', from)}
            {select('to', to)}
          </Stack>
          <Diff before={from} after={to} />
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('dondoc.plan_page.revisions.single')}
        </Typography>
      )}
    </Stack>
  );
};
