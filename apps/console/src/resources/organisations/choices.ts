import { ORGANISATION_KINDS } from '../../types';

/** Kind choices; labels are i18n keys, translated by the inputs. */
export const kindChoices = ORGANISATION_KINDS.map((kind) => ({ id: kind, name: `dondoc.organisation_kinds.${kind}` }));
