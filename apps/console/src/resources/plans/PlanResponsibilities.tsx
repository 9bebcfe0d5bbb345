import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PlanDetail, PlanParty } from '@dondoc/contracts';

const Parties = ({ parties }: { parties: PlanParty[] }) => {
  const translate = useTranslate();
  if (parties.length === 0) return <>—</>;
  return (
    <>
      {parties.map((p, i) => (
        <div key={`${p.nameKey}-${i}`}>
          {p.name}
          {!p.resolved && (
            <Typography component="span" variant="caption" color="warning.main">
              {' '}
              ({translate('dondoc.plans.unresolved')})
            </Typography>
          )}
        </div>
      ))}
    </>
  );
};

/** The assignment rows extracted from the plan: lead (chủ trì), coordinators (phối hợp), deadline. */
export const PlanResponsibilities = (_props: { label?: string }) => {
  const record = useRecordContext<PlanDetail>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.responsibilities?.length) return <Typography>{translate('dondoc.plans.no_responsibilities')}</Typography>;
  const col = (key: string) => translate(`dondoc.plans.responsibility.${key}`);
  return (
    // The table scrolls inside its own box: long duties must not widen the whole page on a phone.
    <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
      <Table size="small" sx={{ minWidth: 760, tableLayout: 'fixed' }} aria-label={translate('dondoc.plans.tabs.assignments')}>
        <colgroup>
          <col style={{ width: '18%' }} />
          <col style={{ width: '40%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '6%' }} />
        </colgroup>
        <TableHead>
          <TableRow>
            <TableCell>{col('item')}</TableCell>
            <TableCell>{col('duties')}</TableCell>
            <TableCell>{col('leads')}</TableCell>
            <TableCell>{col('coordinators')}</TableCell>
            <TableCell>{col('due')}</TableCell>
            <TableCell>{col('mode')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.responsibilities.map((r) => (
            <TableRow key={r.id}>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{r.itemPath.join(' › ')}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{r.duties}</TableCell>
              <TableCell>
                <Parties parties={r.leads} />
              </TableCell>
              <TableCell>
                <Parties parties={r.coordinators} />
              </TableCell>
              <TableCell>{r.dueText ?? '—'}</TableCell>
              <TableCell>{translate(`dondoc.plans.modes.${r.mode}`, { _: r.mode })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
