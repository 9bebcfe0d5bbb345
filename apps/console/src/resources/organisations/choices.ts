import type { OrganisationKind } from '@dondoc/contracts';

// The domain's kinds (the console imports them as types only: the list lives here, typed, and pinned complete by
// i18n/domain-vocabulary.spec.ts). Unknown kinds from the API are shown raw.
export const ORGANISATION_KINDS = [
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
] as const satisfies readonly OrganisationKind[];

/** Kind choices; labels are i18n keys, translated by the inputs. */
export const kindChoices = ORGANISATION_KINDS.map((kind) => ({ id: kind, name: `dondoc.organisation_kinds.${kind}` }));
