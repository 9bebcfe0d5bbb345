import { Box, Button, Stack, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { Section } from './ImportReviewParts';
import type { UnresolvedName } from './import-job.types';

/** Form field of the i-th unresolved name (name keys contain spaces and dots: not usable as paths). */
export const mappingField = (index: number) => `mappings.n${index}`;

/** name key → organisation id, from the form values; unmapped names are left out. */
export function mappingsFromForm(
  names: readonly UnresolvedName[],
  values: { mappings?: Record<string, unknown> },
): Record<string, string> {
  const out: Record<string, string> = {};
  names.forEach((n, i) => {
    const id = values.mappings?.[`n${i}`];
    if (typeof id === 'string' && id) out[n.nameKey] = id;
  });
  return out;
}

const Candidates = ({ name, index }: { name: UnresolvedName; index: number }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  if (!name.candidates?.length) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ mt: -1, mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="caption" color="text.secondary">
        {translate('dondoc.import.names.suggestions')}
      </Typography>
      {name.candidates.slice(0, 3).map((c) => (
        <Button
          key={c.organisationId}
          size="small"
          variant="outlined"
          onClick={() => setValue(mappingField(index), c.organisationId, { shouldDirty: true })}
          sx={{ textTransform: 'none', py: 0 }}
        >
          {c.organisationName}
        </Button>
      ))}
    </Stack>
  );
};

/** Each name the importer could not match, with an autocomplete over the organisation catalogue. */
export const NameMapping = ({ names, disabled }: { names: UnresolvedName[]; disabled: boolean }) => {
  const translate = useTranslate();
  return (
    <Section id="import-names" title={translate('dondoc.import.names.title', { count: names.length })}>
      {names.length === 0 ? (
        <Typography>{translate('dondoc.import.names.none')}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('dondoc.import.names.help')}
          </Typography>
          {names.map((n, i) => (
            <Box key={n.nameKey} data-testid="unresolved-name">
              <ReferenceInput
                source={mappingField(i)}
                reference="organisations"
                sort={{ field: 'name', order: 'ASC' }}
                perPage={20}
              >
                <AutocompleteInput
                  // The written name is the label: rendered as text, never as HTML.
                  label={n.name}
                  optionText="name"
                  filterToQuery={(q: string) => ({ q })}
                  helperText={(n.roles ?? [])
                    .map((r) => translate(`dondoc.import.name_roles.${r}`, { _: r }))
                    .join(', ')}
                  disabled={disabled}
                  fullWidth
                />
              </ReferenceInput>
              {!disabled && <Candidates name={n} index={i} />}
            </Box>
          ))}
        </>
      )}
    </Section>
  );
};
