// Kinds as libs/persistence defines them (organisation.entity.ts). Unknown kinds from the API are shown raw.
const ORGANISATION_KINDS = [
  'peoples-committee',
  'peoples-council',
  'department',
  'party-committee',
  'fatherland-front',
  'mass-organisation',
  'school',
  'health-station',
  'policy-bank',
  'neighbourhood',
  'other',
] as const;

/** Kind choices; labels are i18n keys, translated by the inputs. */
export const kindChoices = ORGANISATION_KINDS.map((kind) => ({ id: kind, name: `dondoc.organisation_kinds.${kind}` }));
