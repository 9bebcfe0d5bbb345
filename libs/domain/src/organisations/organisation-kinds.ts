/** Kinds of organisation that plans address (also the CHECK constraint of `organisations.kind`). */
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
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
