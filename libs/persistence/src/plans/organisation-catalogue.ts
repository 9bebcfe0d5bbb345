import type { EntityManager } from 'typeorm';
import { organisationKey } from '@dondoc/domain';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { MatchMethod } from './plan.types';

/** One organisation of the catalogue with its precomputed keys. */
export interface CatalogueEntry {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  /** `organisationKey(name)`. */
  nameKey: string;
  /** Keys of the short name and aliases. */
  aliasKeys: string[];
}

/** A candidate organisation for a written name. */
export interface OrganisationCandidate {
  organisationId: string;
  organisationName: string;
  method: Exclude<MatchMethod, 'manual' | 'none'>;
  /** 1 for an exact key, 0.9 for an alias, lower for "contains". */
  confidence: number;
}

/** The outcome of resolving one written name. */
export interface OrganisationMatch {
  name: string;
  nameKey: string;
  /** The chosen organisation, or null when unresolved. */
  organisationId: string | null;
  organisationName: string | null;
  method: MatchMethod;
  confidence: number | null;
  /** Other plausible organisations (ambiguous or weak matches), best first. */
  candidates: OrganisationCandidate[];
}

/** Options of {@link resolveOrganisationName}. */
export interface ResolveOptions {
  /** Prefer organisations valid on this date (YYYY-MM-DD), e.g. the document's issue date. */
  asOf?: string | null;
  /** Group selectors ("UBND các xã, phường") name no single body: never matched. */
  isGroup?: boolean;
}

/** "contains" matches below this confidence are only proposed as candidates. */
const CONTAINS_THRESHOLD = 0.6;

/** Builds the in-memory catalogue from organisation rows (pure). */
export function buildCatalogue(
  rows: ReadonlyArray<Pick<OrganisationEntity, 'id' | 'name' | 'shortName' | 'aliases' | 'validFrom' | 'validTo'>>,
): CatalogueEntry[] {
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    validFrom: o.validFrom,
    validTo: o.validTo,
    nameKey: organisationKey(o.name),
    aliasKeys: [o.shortName, ...o.aliases]
      .filter((a): a is string => !!a && !!a.trim())
      .map(organisationKey)
      .filter(Boolean),
  }));
}

/** Reads every organisation into a catalogue (a commune or province has tens to hundreds). */
export async function loadOrganisationCatalogue(manager: EntityManager): Promise<CatalogueEntry[]> {
  const rows = await manager.find(OrganisationEntity, {
    select: { id: true, name: true, shortName: true, aliases: true, validFrom: true, validTo: true },
  });
  return buildCatalogue(rows);
}

function validOn(e: CatalogueEntry, date: string | null | undefined): boolean {
  if (!date) return e.validTo === null;
  return (e.validFrom === null || e.validFrom <= date) && (e.validTo === null || e.validTo >= date);
}

function wordCount(key: string): number {
  return key ? key.split(' ').length : 0;
}

/** True when `inner` occurs in `outer` as whole words. */
function containsPhrase(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/**
 * Maps a name as written to the organisation catalogue, accent- and alias-insensitively
 * (`organisationKey` of `@dondoc/domain`): first an exact key of the official name, then a short
 * name or alias, then "contains" (the catalogue name inside the written one, or the other way
 * round) with a confidence from the share of words in common. Ties are broken by validity on
 * `asOf`; a tie that remains, or a weak "contains", leaves the name unresolved with candidates.
 */
export function resolveOrganisationName(
  catalogue: readonly CatalogueEntry[],
  name: string,
  options: ResolveOptions = {},
): OrganisationMatch {
  const nameKey = organisationKey(name);
  const unresolved = (candidates: OrganisationCandidate[] = []): OrganisationMatch => ({
    name,
    nameKey,
    organisationId: null,
    organisationName: null,
    method: 'none',
    confidence: null,
    candidates,
  });
  if (!nameKey || options.isGroup) return unresolved();

  const tiers: Array<[OrganisationCandidate['method'], (e: CatalogueEntry) => number]> = [
    ['exact', (e) => (e.nameKey === nameKey ? 1 : 0)],
    ['alias', (e) => (e.aliasKeys.includes(nameKey) ? 0.9 : 0)],
    ['contains', (e) => containsScore(e.nameKey, nameKey)],
  ];
  for (const [method, score] of tiers) {
    const hits = catalogue
      .map((e) => ({ e, s: score(e) }))
      .filter((h) => h.s > 0)
      // Entries valid on the document's date first, then by score.
      .sort((a, b) => Number(validOn(b.e, options.asOf)) - Number(validOn(a.e, options.asOf)) || b.s - a.s);
    if (hits.length === 0) continue;
    const candidates = hits.map(({ e, s }) => ({
      organisationId: e.id,
      organisationName: e.name,
      method,
      confidence: round(s),
    }));
    const [best, second] = hits;
    const tied = second && second.s === best!.s && validOn(second.e, options.asOf) === validOn(best!.e, options.asOf);
    if (tied || best!.s < (method === 'contains' ? CONTAINS_THRESHOLD : 0)) return unresolved(candidates);
    return {
      name,
      nameKey,
      organisationId: best!.e.id,
      organisationName: best!.e.name,
      method,
      confidence: round(best!.s),
      candidates: candidates.slice(1),
    };
  }
  return unresolved();
}

/**
 * Score of a "contains" match between the catalogue key and the written key: 0 when neither
 * contains the other as whole words or the shorter side is a single word (too vague), else
 * 0.5–0.85 by the share of words in common. A written name that is only part of a longer official
 * name ("Trạm Y tế xã" in "Trạm Y tế xã Tân Hòa") scores lower than the reverse.
 */
function containsScore(entryKey: string, nameKey: string): number {
  const ew = wordCount(entryKey);
  const nw = wordCount(nameKey);
  if (ew < 2 || nw < 2 || entryKey === nameKey) return 0;
  if (containsPhrase(nameKey, entryKey)) return 0.55 + 0.3 * (ew / nw);
  if (containsPhrase(entryKey, nameKey)) return 0.5 + 0.3 * (nw / ew);
  return 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
