import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  IconButton,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Tooltip,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Title, useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { formatDate, todayInVietnam } from '../../format/date';
import type { DondocDataProvider } from '../../providers';
import { deadlineLink, markersByDay, scopesFor } from './calendar-deadlines';
import { dayInfo, monthGrid, shiftMonth, type DayKind } from './calendar-month';
import type { CalendarDeadline, CalendarYear, DeadlineScope } from '@dondoc/contracts';
import type { DayMarker } from './day-marker.types';

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const TONES: Record<DayKind, { bg: string; border: string }> = {
  weekday: { bg: 'background.paper', border: 'divider' },
  weekend: { bg: 'action.hover', border: 'divider' },
  holiday: { bg: 'rgba(211, 47, 47, 0.12)', border: 'error.main' },
  bridge: { bg: 'rgba(237, 108, 2, 0.14)', border: 'warning.main' },
  compensatory: { bg: 'rgba(237, 108, 2, 0.14)', border: 'warning.main' },
  makeUp: { bg: 'rgba(46, 125, 50, 0.14)', border: 'success.main' },
};

// Status colours of deadlines (done green, overdue red, due soon orange, in time blue).
const MARKER_COLORS: Record<DayMarker['tone'], 'success' | 'error' | 'warning' | 'primary' | 'default'> = {
  done: 'success',
  overdue: 'error',
  soon: 'warning',
  deadline: 'primary',
  info: 'default',
};
/** Deadlines listed in a day cell; the rest are counted ("+2 hạn khác") and listed below the month. */
const PER_CELL = 3;

const clampYear = (y: number) => Math.min(MAX_YEAR, Math.max(MIN_YEAR, y));

/** `?year=2026&month=2` (month 1–12), defaulting to this month in Vietnam. */
const useMonthParam = () => {
  const [params, setParams] = useSearchParams();
  const [ty, tm] = todayInVietnam().split('-').map(Number) as [number, number];
  const year = clampYear(Number(params.get('year')) || ty);
  const m = Number(params.get('month'));
  const month = Number.isInteger(m) && m >= 1 && m <= 12 ? m : tm;
  const go = (next: { year: number; month: number }) =>
    setParams({ year: String(clampYear(next.year)), month: String(next.month) }, { replace: false });
  return { year, month, go };
};

const useCalendarYear = (year: number) => {
  const dataProvider = useDataProvider<DondocDataProvider>();
  const [state, setState] = useState<{ year: number; data?: CalendarYear; error?: unknown }>({ year });
  useEffect(() => {
    let live = true;
    setState({ year });
    dataProvider.getCalendarYear(year).then(
      (data) => live && setState({ year, data }),
      (error: unknown) => live && setState({ year, error }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, year]);
  return state.year === year ? state : { year };
};

/** `?scope=mine|org|all`, defaulting to "của tôi"; scopes the user may not see fall back to it. */
const useScopeParam = (allowed: DeadlineScope[]) => {
  const [params, setParams] = useSearchParams();
  const raw = params.get('scope') as DeadlineScope | null;
  const scope: DeadlineScope = raw && allowed.includes(raw) ? raw : 'mine';
  const set = (next: DeadlineScope) => {
    const p = new URLSearchParams(params);
    p.set('scope', next);
    setParams(p, { replace: true });
  };
  return { scope, set };
};

/** Deadlines between the first and last day of the grid (refetched when the range or scope changes). */
const useDeadlines = (from: string, to: string, scope: DeadlineScope) => {
  const dataProvider = useDataProvider<DondocDataProvider>();
  const key = `${from}|${to}|${scope}`;
  const [state, setState] = useState<{ key: string; data?: CalendarDeadline[]; error?: unknown }>({ key });
  useEffect(() => {
    let live = true;
    setState({ key });
    dataProvider.getCalendarDeadlines(from, to, scope).then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, from, to, scope, key]);
  return state.key === key ? state : { key };
};

/**
 * "Lịch": the working calendar by month — statutory holidays, bridged and compensatory days off with
 * their reasons (days entered from a notice are labelled), make-up Saturdays, and the deadlines of
 * tasks and reports on their day (mine / my organisation's / all), coloured by status, linking to
 * the task. `markers` adds other things to show on a day.
 */
export const CalendarPage = ({ markers = [] }: { markers?: DayMarker[] }) => {
  const translate = useTranslate();
  const { year, month, go } = useMonthParam();
  const { data, error } = useCalendarYear(year);
  const { permissions } = usePermissions<string[]>();
  const scopes = scopesFor(permissions);
  const { scope, set: setScope } = useScopeParam(scopes);
  const today = todayInVietnam();
  const weeks = monthGrid(year, month);
  const gridFrom = weeks[0]?.[0]?.iso ?? `${year}-01-01`;
  const gridTo = weeks[weeks.length - 1]?.[6]?.iso ?? gridFrom;
  const deadlines = useDeadlines(gridFrom, gridTo, scope);
  const byDay = markersByDay(deadlines.data ?? []);
  for (const m of markers) byDay.set(m.date, [...(byDay.get(m.date) ?? []), m]);
  const monthName = translate(`dondoc.calendar.months.m${month}`);
  const prefix = `${year}-${String(month).padStart(2, '0')}-`;
  const offDays = (data?.nonWorkingDays ?? []).filter((d) => d.date.startsWith(prefix));
  const makeUpDays = (data?.makeUpWorkingDays ?? []).filter((d) => d.date.startsWith(prefix));
  const monthDeadlines = (deadlines.data ?? []).filter((d) => d.date.startsWith(prefix));
  const years = Array.from({ length: 11 }, (_, i) => clampYear(year - 5 + i)).filter((y, i, a) => a.indexOf(y) === i);

  return (
    <Card component="section" aria-labelledby="calendar-title" sx={{ mt: 2 }}>
      <Title title={translate('dondoc.menu.calendar')} />
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
          <Typography id="calendar-title" variant="h5" component="h1" sx={{ flexGrow: 1 }}>
            {translate('dondoc.calendar.month_title', { month: monthName, year })}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, flexShrink: 0 }}>
            <IconButton
              aria-label={translate('dondoc.calendar.previous_month')}
              onClick={() => go(shiftMonth(year, month, -1))}
            >
              <ChevronLeftIcon />
            </IconButton>
            <TextField
              select
              size="small"
              label={translate('dondoc.calendar.month')}
              value={month}
              sx={{ width: 170 }}
              onChange={(e) => go({ year, month: Number(e.target.value) })}
            >
              {Array.from({ length: 12 }, (_, i) => (
                <MenuItem key={i + 1} value={i + 1}>
                  {translate(`dondoc.calendar.months.m${i + 1}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate('dondoc.calendar.year')}
              value={year}
              sx={{ width: 100 }}
              onChange={(e) => go({ year: Number(e.target.value), month })}
            >
              {years.map((y) => (
                <MenuItem key={y} value={y}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <IconButton
              aria-label={translate('dondoc.calendar.next_month')}
              onClick={() => go(shiftMonth(year, month, 1))}
            >
              <ChevronRightIcon />
            </IconButton>
            <Button
              onClick={() => {
                const [y, m] = today.split('-').map(Number) as [number, number];
                go({ year: y, month: m });
              }}
            >
              {translate('dondoc.calendar.today')}
            </Button>
          </Box>
        </Stack>

        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ mb: 2, flexWrap: 'wrap' }}
          aria-label={translate('dondoc.calendar.legend')}
        >
          {(['holiday', 'bridge', 'compensatory', 'makeUp', 'weekend'] as const).map((k) => (
            <Chip
              key={k}
              size="small"
              variant="outlined"
              label={translate(`dondoc.calendar.kinds.${k}`)}
              sx={{ bgcolor: TONES[k].bg, borderColor: TONES[k].border }}
            />
          ))}
        </Stack>

        <Box sx={{ mb: 2, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography id="calendar-scope" variant="body2" component="span">
            {translate('dondoc.calendar_deadlines.scope')}
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={scope}
            aria-labelledby="calendar-scope"
            onChange={(_, next: DeadlineScope | null) => next && setScope(next)}
          >
            {scopes.map((s) => (
              <ToggleButton key={s} value={s}>
                {translate(`dondoc.calendar_deadlines.scopes.${s}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Box>

        {!data && !error && <LinearProgress aria-label={translate('ra.page.loading')} />}
        {deadlines.error !== undefined && (
          <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
            {translate(deadlines.error instanceof Error ? deadlines.error.message : 'dondoc.errors.UNKNOWN', { _: String(deadlines.error) })}
          </Alert>
        )}
        {error !== undefined && (
          <Alert severity="error" role="alert">
            {translate(error instanceof Error ? error.message : 'dondoc.errors.UNKNOWN', { _: String(error) })}
          </Alert>
        )}

        <Box sx={{ overflowX: 'auto' }}>
          <Box
            component="table"
            aria-labelledby="calendar-title"
            sx={{ width: '100%', minWidth: 640, borderCollapse: 'separate', borderSpacing: 4, tableLayout: 'fixed' }}
          >
            <thead>
              <tr>
                {Array.from({ length: 7 }, (_, i) => (
                  <Box component="th" key={i} scope="col" sx={{ fontWeight: 600, fontSize: '0.85rem', pb: 0.5 }}>
                    {translate(`dondoc.calendar.weekdays.d${i}`)}
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]?.iso}>
                  {week.map((cell) => {
                    const info = dayInfo(cell, data);
                    const tone = TONES[info.kind];
                    const dayMarkers = byDay.get(cell.iso) ?? [];
                    return (
                      <Box
                        component="td"
                        key={cell.iso}
                        data-date={cell.iso}
                        data-kind={cell.inMonth ? info.kind : undefined}
                        aria-label={[
                          formatDate(cell.iso),
                          info.kind !== 'weekday' ? translate(`dondoc.calendar.kinds.${info.kind}`) : '',
                          info.reason ?? '',
                        ]
                          .filter(Boolean)
                          .join(' — ')}
                        sx={{
                          verticalAlign: 'top',
                          height: 88,
                          p: 0.75,
                          border: 1,
                          borderColor: cell.iso === today ? 'primary.main' : tone.border,
                          borderWidth: cell.iso === today ? 2 : 1,
                          borderRadius: 1,
                          bgcolor: tone.bg,
                          // Days of the neighbouring months are greyed by text colour, not opacity (contrast ≥ 4.5:1).
                          color: cell.inMonth ? 'text.primary' : 'text.secondary',
                          borderStyle: cell.inMonth ? 'solid' : 'dashed',
                          fontSize: '0.75rem',
                          overflow: 'hidden',
                        }}
                      >
                        <Box sx={{ fontWeight: 600, fontSize: '0.9rem' }}>{cell.day}</Box>
                        {cell.inMonth && info.kind !== 'weekday' && info.kind !== 'weekend' && (
                          <Box sx={{ fontWeight: 500 }}>{translate(`dondoc.calendar.kinds.${info.kind}`)}</Box>
                        )}
                        {cell.inMonth && info.reason && (
                          <Box sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }} title={info.reason}>
                            {info.reason}
                          </Box>
                        )}
                        {cell.inMonth && info.exceptionId && (
                          <Tooltip title={translate('dondoc.calendar_deadlines.exception_hint')}>
                            <Chip
                              size="small"
                              variant="outlined"
                              data-testid="calendar-exception-badge"
                              label={translate('dondoc.calendar_deadlines.exception')}
                              sx={{ height: 18, fontSize: '0.65rem', mt: 0.25 }}
                            />
                          </Tooltip>
                        )}
                        {dayMarkers.slice(0, PER_CELL).map((m, i) => (
                          <Chip
                            key={i}
                            size="small"
                            clickable={!!m.to}
                            component={m.to ? RouterLink : 'span'}
                            to={m.to}
                            data-testid="calendar-deadline"
                            data-tone={m.tone}
                            label={m.label}
                            title={m.status ? `${m.label} — ${m.status}` : m.label}
                            aria-label={m.status ? `${m.label} — ${m.status}` : m.label}
                            color={MARKER_COLORS[m.tone]}
                            sx={{ maxWidth: '100%', mt: 0.25, display: 'flex' }}
                          />
                        ))}
                        {dayMarkers.length > PER_CELL && (
                          <Box sx={{ color: 'text.secondary' }}>
                            {translate('dondoc.calendar_deadlines.more', { count: dayMarkers.length - PER_CELL })}
                          </Box>
                        )}
                      </Box>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>

        <Box component="section" aria-labelledby="calendar-deadlines" sx={{ mt: 2 }}>
          <Typography id="calendar-deadlines" variant="h6" component="h2">
            {translate('dondoc.calendar_deadlines.title')}
          </Typography>
          {!deadlines.data && deadlines.error === undefined ? (
            <LinearProgress aria-label={translate('ra.page.loading')} />
          ) : monthDeadlines.length === 0 ? (
            <Typography variant="body2">{translate('dondoc.calendar_deadlines.none')}</Typography>
          ) : (
            <ul data-testid="calendar-deadlines">
              {monthDeadlines.map((d) => (
                <li key={d.id}>
                  <time dateTime={d.date}>{formatDate(d.date)}</time> —{' '}
                  {translate(`dondoc.calendar_deadlines.${d.kind}`)}:{' '}
                  <RouterLink to={deadlineLink(d)}>{d.title}</RouterLink>
                  {d.organisationName ? ` (${d.organisationName})` : ''} — {d.statusLabel}
                </li>
              ))}
            </ul>
          )}
        </Box>

        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, mt: 2 }}>
          <Box component="section" aria-labelledby="calendar-off">
            <Typography id="calendar-off" variant="h6" component="h2">
              {translate('dondoc.calendar.off_days')}
            </Typography>
            {offDays.length === 0 ? (
              <Typography variant="body2">{translate('dondoc.calendar.none')}</Typography>
            ) : (
              <ul data-testid="calendar-off-days">
                {offDays.map((d) => (
                  <li key={d.date}>
                    <time dateTime={d.date}>{formatDate(d.date)}</time> —{' '}
                    {translate(`dondoc.calendar.kinds.${d.kind}`, { _: d.kind })}: {d.reason}
                    {d.exceptionId ? ` (${translate('dondoc.calendar_deadlines.exception')})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Box>
          <Box component="section" aria-labelledby="calendar-makeup">
            <Typography id="calendar-makeup" variant="h6" component="h2">
              {translate('dondoc.calendar.make_up_days')}
            </Typography>
            {makeUpDays.length === 0 ? (
              <Typography variant="body2">{translate('dondoc.calendar.none')}</Typography>
            ) : (
              <ul data-testid="calendar-make-up-days">
                {makeUpDays.map((d) => (
                  <li key={d.date}>
                    <time dateTime={d.date}>{formatDate(d.date)}</time> — {d.reason}
                    {d.exceptionId ? ` (${translate('dondoc.calendar_deadlines.exception')})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Box>
        </Box>
        {data && (
          <Typography variant="caption" color="text.secondary">
            {translate('dondoc.calendar.version', { version: data.calendarVersion })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
