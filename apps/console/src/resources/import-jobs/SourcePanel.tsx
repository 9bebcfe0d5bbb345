import { useEffect, useRef } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface LineRange {
  from: number;
  to: number;
}

/** The source beside the preview: numbered lines, warnings tinted, the selected item's lines marked. */
export const SourcePanel = ({
  lines,
  exact,
  selected,
  warningLines,
  warnings,
}: {
  /** Line (or .docx paragraph) number → text. */
  lines: ReadonlyMap<number, string>;
  /** True: the file's own text; false: the read outline standing in for it. */
  exact: boolean;
  selected: LineRange | null;
  /** Lines some warning is about (tinted). */
  warningLines: ReadonlySet<number>;
  /** First line of a warning's span → its messages (shown once, there). */
  warnings: ReadonlyMap<number, string[]>;
}) => {
  const translate = useTranslate();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!selected) return;
    const target = panel.current?.querySelector<HTMLElement>(`[data-line="${selected.from}"]`);
    target?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [selected]);

  const numbers = [...lines.keys()].sort((a, b) => a - b);
  return (
    <Box component="section" aria-labelledby="source-title">
      <Typography id="source-title" variant="h6" component="h2">
        {translate('dondoc.import.source.title')}
      </Typography>
      {!exact && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('dondoc.import.source.outline_only')}
        </Typography>
      )}
      <Box
        ref={panel}
        data-testid="import-source"
        sx={{
          maxHeight: { xs: 360, md: 'calc(100vh - 160px)' },
          overflow: 'auto',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          // The UI font, not a monospace one: those lack precomposed Vietnamese letters.
          fontSize: '0.8rem',
          lineHeight: 1.5,
        }}
      >
        {numbers.map((n) => {
          const isSelected = selected !== null && n >= selected.from && n <= selected.to;
          const notes = warnings.get(n);
          const warned = warningLines.has(n);
          return (
            <Box
              key={n}
              data-line={n}
              data-selected={isSelected ? 'true' : undefined}
              data-warning={warned ? 'true' : undefined}
              sx={{
                display: 'grid',
                gridTemplateColumns: '3.5em 1fr',
                columnGap: 1,
                px: 1,
                bgcolor: isSelected ? 'rgba(25, 118, 210, 0.16)' : warned ? 'rgba(237, 108, 2, 0.14)' : 'transparent',
                borderLeft: 3,
                borderLeftColor: isSelected ? 'primary.main' : warned ? 'warning.main' : 'transparent',
              }}
            >
              <Box
                component="span"
                sx={{
                  color: 'text.secondary',
                  textAlign: 'right',
                  userSelect: 'none',
                  fontVariantNumeric: 'tabular-nums',
                }}
              >
                {n}
              </Box>
              <Box component="span" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {lines.get(n) || '\u00a0'}
                {notes?.map((m, i) => (
                  <Box key={i} component="span" sx={{ display: 'block', color: 'warning.dark', fontStyle: 'italic' }}>
                    ⚠ {m}
                  </Box>
                ))}
              </Box>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
