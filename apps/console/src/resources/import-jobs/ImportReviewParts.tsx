import type { KeyboardEvent, ReactNode } from 'react';
import {
  Alert,
  Box,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDate } from '../../format/date';
import { formatVnd } from './import-format';
import type { ImportJob, NameMatch, PartyRef, PlanWarning, SourceSpan } from './import-job.types';

/** Clicking (or Enter/Space on) an item shows its source lines. */
export type SelectSpan = (span: SourceSpan | undefined | null) => void;

const arr = <T,>(v: T[] | undefined | null): T[] => (Array.isArray(v) ? v : []);

const activate = (select: SelectSpan, span: SourceSpan | undefined | null) => ({
  onClick: () => select(span),
  onKeyDown: (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(span);
    }
  },
  tabIndex: 0,
  sx: { cursor: 'pointer' },
});

export const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
    <Typography id={id} variant="h6" component="h2" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

/** Số, ngày, cơ quan ban hành, người ký, tên: each row shows its source line when clicked. */
export const HeaderFields = ({ job, select }: { job: ImportJob; select: SelectSpan }) => {
  const translate = useTranslate();
  const doc = job.parsed?.document;
  const signer = job.parsed?.signer;
  const rows: Array<[string, string, SourceSpan | undefined]> = [
    ['number', doc?.numberText ?? '', doc?.spans?.number],
    ['issued_on', formatDate(doc?.issuedOn ?? null), doc?.spans?.date],
    ['issuer', doc?.issuer?.name ?? '', doc?.spans?.issuer],
    ['signer', [signer?.position, signer?.name].filter(Boolean).join(' '), signer?.span],
    ['title', doc?.title ?? '', doc?.spans?.title],
  ];
  return (
    <Section id="import-header" title={translate('dondoc.import.header.heading')}>
      <Table size="small" aria-labelledby="import-header">
        <TableBody>
          {rows.map(([key, value, span]) => (
            <TableRow key={key} hover {...activate(select, span)}>
              <TableCell component="th" scope="row" sx={{ width: '30%', fontWeight: 500 }}>
                {translate(`dondoc.import.header.${key}`)}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{value || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

export const Warnings = ({ warnings, select }: { warnings: PlanWarning[]; select: SelectSpan }) => {
  const translate = useTranslate();
  return (
    <Section id="import-warnings" title={translate('dondoc.import.warnings.title', { count: warnings.length })}>
      {warnings.length === 0 ? (
        <Typography>{translate('dondoc.import.warnings.none')}</Typography>
      ) : (
        <List dense aria-labelledby="import-warnings" sx={{ border: 1, borderColor: 'warning.light', borderRadius: 1 }}>
          {warnings.map((w, i) => (
            <ListItemButton key={i} onClick={() => select(arr(w.spans)[0])}>
              <ListItemText
                primary={w.message}
                secondary={translate(`dondoc.import.warning_codes.${w.code}`, { _: w.code })}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Section>
  );
};

/** A written name with what it was matched to (or "chưa xác định" until mapped). */
const Party = ({
  party,
  matches,
  mapped,
}: {
  party: PartyRef;
  matches: Map<string, NameMatch>;
  mapped: Set<string>;
}) => {
  const translate = useTranslate();
  const match = matches.get(party.key);
  return (
    <Box sx={{ mb: 0.5 }}>
      {party.name}
      {match?.organisationName && match.organisationName !== party.name && (
        <Typography component="span" variant="caption" color="success.main" sx={{ display: 'block' }}>
          → {match.organisationName}
        </Typography>
      )}
      {match && !match.organisationId && (
        <Typography
          component="span"
          variant="caption"
          color={mapped.has(party.key) ? 'success.main' : 'warning.main'}
          sx={{ display: 'block' }}
        >
          ({translate(mapped.has(party.key) ? 'dondoc.import.names.mapped' : 'dondoc.plans.unresolved')})
        </Typography>
      )}
    </Box>
  );
};

const Parties = (props: { parties: PartyRef[]; matches: Map<string, NameMatch>; mapped: Set<string> }) =>
  props.parties.length === 0 ? (
    <>—</>
  ) : (
    <>
      {props.parties.map((p, i) => (
        <Party key={`${p.key}-${i}`} party={p} matches={props.matches} mapped={props.mapped} />
      ))}
    </>
  );

/** STT / Nội dung / Chủ trì / Phối hợp / Hạn. */
export const Responsibilities = ({
  job,
  select,
  selectedIndex,
  mapped,
}: {
  job: ImportJob;
  select: (span: SourceSpan | undefined, index: number) => void;
  selectedIndex: number | null;
  mapped: Set<string>;
}) => {
  const translate = useTranslate();
  const rows = arr(job.parsed?.responsibilities);
  const matches = new Map(arr(job.nameMatches).map((m) => [m.nameKey, m]));
  const col = (key: string) => translate(`dondoc.import.responsibilities.${key}`);
  return (
    <Section
      id="import-responsibilities"
      title={translate('dondoc.import.responsibilities.title', { count: rows.length })}
    >
      {rows.length === 0 ? (
        <Typography>{translate('dondoc.plans.no_responsibilities')}</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Table size="small" sx={{ minWidth: 640, tableLayout: 'fixed' }} aria-labelledby="import-responsibilities">
            <colgroup>
              <col style={{ width: '7%' }} />
              <col style={{ width: '45%' }} />
              <col style={{ width: '18%' }} />
              <col style={{ width: '18%' }} />
              <col style={{ width: '12%' }} />
            </colgroup>
            <TableHead>
              <TableRow>
                <TableCell>{col('no')}</TableCell>
                <TableCell>{col('content')}</TableCell>
                <TableCell>{col('leads')}</TableCell>
                <TableCell>{col('coordinators')}</TableCell>
                <TableCell>{col('due')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r, i) => {
                const base = activate(() => select(r.span, i), r.span);
                return (
                  <TableRow key={i} hover selected={selectedIndex === i} aria-selected={selectedIndex === i} {...base}>
                    <TableCell>{r.item?.tableRow ?? i + 1}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>
                      {arr(r.item?.sectionPath).length > 0 && (
                        <Typography variant="caption" color="text.secondary" component="div">
                          {arr(r.item?.sectionPath).join(' › ')}
                        </Typography>
                      )}
                      {arr(r.duties).map((d, j) => (
                        <Typography key={j} variant="body2" component="p" sx={{ mb: 0.5 }}>
                          {d}
                        </Typography>
                      ))}
                    </TableCell>
                    <TableCell>
                      <Parties parties={arr(r.leads)} matches={matches} mapped={mapped} />
                    </TableCell>
                    <TableCell>
                      <Parties parties={arr(r.coordinators)} matches={matches} mapped={mapped} />
                    </TableCell>
                    <TableCell>{r.dueText ?? '—'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
};

export const ReportingDuties = ({ job, select }: { job: ImportJob; select: SelectSpan }) => {
  const translate = useTranslate();
  const rows = arr(job.parsed?.reportingDuties);
  const names = (ps: PartyRef[]) => (ps.length ? ps.map((p) => p.name).join('; ') : '—');
  const col = (key: string) => translate(`dondoc.import.duties.${key}`);
  return (
    <Section id="import-duties" title={translate('dondoc.import.duties.title', { count: rows.length })}>
      {rows.length === 0 ? (
        <Typography>{translate('dondoc.import.duties.none')}</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Table size="small" sx={{ minWidth: 640 }} aria-labelledby="import-duties">
            <TableHead>
              <TableRow>
                <TableCell>{col('content')}</TableCell>
                <TableCell>{col('reporters')}</TableCell>
                <TableCell>{col('recipients')}</TableCell>
                <TableCell>{col('frequency')}</TableCell>
                <TableCell>{col('due')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((d, i) => (
                <TableRow key={i} hover {...activate(select, d.span)}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{d.text}</TableCell>
                  <TableCell>{names(arr(d.reporters))}</TableCell>
                  <TableCell>{names(arr(d.recipients))}</TableCell>
                  <TableCell>{translate(`dondoc.import.frequencies.${d.frequency}`, { _: d.frequency })}</TableCell>
                  <TableCell>{d.dueText ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
};

export const BudgetLines = ({ job, select }: { job: ImportJob; select: SelectSpan }) => {
  const translate = useTranslate();
  const budget = job.parsed?.budget;
  const lines = arr(budget?.lines);
  const total = budget?.total ?? null;
  const col = (key: string) => translate(`dondoc.import.budget.${key}`);
  return (
    <Section id="import-budget" title={translate('dondoc.import.budget.title')}>
      {lines.length === 0 && !total ? (
        <Typography>{translate('dondoc.import.budget.none')}</Typography>
      ) : (
        <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
          <Table size="small" sx={{ minWidth: 560 }} aria-labelledby="import-budget">
            <TableHead>
              <TableRow>
                <TableCell>{col('item')}</TableCell>
                <TableCell>{col('source')}</TableCell>
                <TableCell align="right">{col('amount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((l, i) => (
                <TableRow key={i} hover {...activate(select, l.span)}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    {[l.project, l.subProject].filter(Boolean).join(' › ') || l.text}
                  </TableCell>
                  <TableCell>{l.fundingSource ?? '—'}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {formatVnd(l.amountVnd)}
                    {l.estimate && (
                      <Chip size="small" variant="outlined" label={col('estimate')} sx={{ ml: 1, height: 20 }} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
              {total && (
                <TableRow hover {...activate(select, total.span)}>
                  <TableCell sx={{ fontWeight: 600 }}>{col('total')}</TableCell>
                  <TableCell>{total.fundingSource ?? '—'}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {formatVnd(total.amountVnd)}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
};

/** Hints against importing the same document twice. */
export const DuplicateHints = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const sameFile = arr(job.sameFileJobs);
  const sameNumber = arr(job.sameNumberPlans);
  return (
    <>
      {sameFile.length > 0 && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('dondoc.import.same_file', { count: sameFile.length })}
        </Alert>
      )}
      {sameNumber.length > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('dondoc.import.same_number')}
          <ul style={{ margin: 0 }}>
            {sameNumber.map((p) => (
              <li key={p.id}>
                {p.title} {p.issuedOn ? `(${formatDate(p.issuedOn)})` : ''}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
};
