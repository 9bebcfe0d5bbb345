import { organisationKey } from '@dondoc/domain';
import {
  resolveOrganisationName,
  type CatalogueEntry,
  type OrganisationCandidate,
  type PartyKind,
} from '@dondoc/persistence';
import type { MatchMethod } from '@dondoc/persistence';
import type { ParsedPlan } from '@dondoc/plan-document';

/** Where a name appears in a plan. */
export type NameRole = 'issuer' | 'lead' | 'coordinator' | 'reporter' | 'reportRecipient' | 'addressee' | 'implementer';

/** One distinct name of a plan (by key) with its proposed organisation, as shown in the import preview. */
export interface NameMatch {
  /** As first written. */
  name: string;
  /** `organisationKey(name)`: the key of `organisationMappings` on confirm. */
  nameKey: string;
  partyKind: PartyKind;
  roles: NameRole[];
  occurrences: number;
  organisationId: string | null;
  organisationName: string | null;
  method: MatchMethod;
  confidence: number | null;
  candidates: OrganisationCandidate[];
}

/** A name nobody could match: for a person to map. */
export interface UnresolvedName {
  name: string;
  nameKey: string;
  partyKind: PartyKind;
  roles: NameRole[];
  candidates: OrganisationCandidate[];
}

/** Manual mappings on confirm: name key → organisation (null: leave unresolved on purpose). */
export type OrganisationMappings = Record<string, { id: string; name: string } | null>;

interface Mention {
  name: string;
  key: string;
  kind: PartyKind;
  role: NameRole;
}

const PARTY_KIND_SET = new Set<PartyKind>(['organisation', 'group', 'position', 'unknown']);

/** Reads a party as the importer wrote it, tolerating older or partial shapes. */
export function partyOf(raw: unknown): { name: string; key: string; kind: PartyKind } | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as { name?: unknown; key?: unknown; kind?: unknown };
  const name = typeof p.name === 'string' ? p.name.trim() : '';
  if (!name) return null;
  const key = typeof p.key === 'string' && p.key ? p.key : organisationKey(name);
  const kind = PARTY_KIND_SET.has(p.kind as PartyKind) ? (p.kind as PartyKind) : 'unknown';
  return { name, key, kind };
}

function arr<T = unknown>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

/** Every party name of a parsed plan with the role it plays there. */
export function collectMentions(parsed: ParsedPlan): Mention[] {
  const out: Mention[] = [];
  const add = (raw: unknown, role: NameRole) => {
    const p = partyOf(raw);
    if (p) out.push({ name: p.name, key: p.key, kind: p.kind, role });
  };
  const issuer = parsed.document?.issuer;
  if (issuer?.name) add({ name: issuer.name, key: issuer.key, kind: 'organisation' }, 'issuer');
  for (const r of arr<ParsedPlan['responsibilities'][number]>(parsed.responsibilities)) {
    for (const l of arr(r.leads)) add(l, 'lead');
    for (const c of arr(r.coordinators)) add(c, 'coordinator');
  }
  for (const d of arr<ParsedPlan['reportingDuties'][number]>(parsed.reportingDuties)) {
    for (const p of arr(d.reporters)) add(p, 'reporter');
    for (const p of arr(d.recipients)) add(p, 'reportRecipient');
  }
  for (const r of arr<ParsedPlan['recipients'][number]>(parsed.recipients)) {
    // "Lưu: VT" is the archive, not an addressee.
    if (r.purpose === 'archive') continue;
    add({ name: r.name, key: r.key, kind: 'organisation' }, 'addressee');
  }
  for (const l of arr<ParsedPlan['budget']['lines'][number]>(parsed.budget?.lines)) {
    for (const u of arr(l.implementingUnits)) add(u, 'implementer');
  }
  return out;
}

/**
 * Resolves every distinct name of a parsed plan against the catalogue (dates prefer the
 * organisations valid on the issue date). `mappings` (from the person confirming) win over the
 * automatic match. Returns matches by key, in order of first appearance.
 */
export function resolvePlanNames(
  catalogue: readonly CatalogueEntry[],
  parsed: ParsedPlan,
  mappings: OrganisationMappings = {},
): { matches: NameMatch[]; byKey: Map<string, NameMatch>; unresolved: UnresolvedName[] } {
  const byKey = new Map<string, NameMatch>();
  const asOf = parsed.document?.issuedOn ?? (parsed.document?.year ? `${parsed.document.year}-12-31` : null);
  for (const m of collectMentions(parsed)) {
    const existing = byKey.get(m.key);
    if (existing) {
      existing.occurrences += 1;
      if (!existing.roles.includes(m.role)) existing.roles.push(m.role);
      continue;
    }
    const auto = resolveOrganisationName(catalogue, m.name, { asOf, isGroup: m.kind === 'group' });
    const match: NameMatch = {
      name: m.name,
      nameKey: m.key,
      partyKind: m.kind,
      roles: [m.role],
      occurrences: 1,
      organisationId: auto.organisationId,
      organisationName: auto.organisationName,
      method: auto.method,
      confidence: auto.confidence,
      candidates: auto.candidates,
    };
    if (Object.prototype.hasOwnProperty.call(mappings, m.key)) {
      const chosen = mappings[m.key];
      match.organisationId = chosen?.id ?? null;
      match.organisationName = chosen?.name ?? null;
      match.method = chosen ? 'manual' : 'none';
      match.confidence = chosen ? 1 : null;
    }
    byKey.set(m.key, match);
  }
  const matches = [...byKey.values()];
  const unresolved = matches
    .filter((m) => m.organisationId === null)
    .map(({ name, nameKey, partyKind, roles, candidates }) => ({ name, nameKey, partyKind, roles, candidates }));
  return { matches, byKey, unresolved };
}
