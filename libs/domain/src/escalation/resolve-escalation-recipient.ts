import { DomainError, DomainErrorCode } from '../errors';
import { type EscalationAudience } from './escalation-policy.types';

/**
 * Who holds each post for one task, as plain data resolved by the caller. `null` means the post is
 * vacant. `latePersonIds` are the people answerable for the delay (the owner, and whoever else the
 * task names, e.g. a unit head who owns it personally).
 */
export interface EscalationChain {
  ownerId: string;
  unitHeadId?: string | null;
  leaderInChargeId?: string | null;
  chairmanId?: string | null;
  /** Acting head ("Q. Chủ tịch" or the designated deputy) while the chairman post is vacant. */
  actingHeadId?: string | null;
  latePersonIds?: string[];
}

/** The resolved recipient and how it was reached. */
export interface EscalationRecipient {
  personId: string;
  /** The post actually notified (may be higher than asked when the asked one is the late person). */
  audience: EscalationAudience;
  /** Set when the recipient is the acting head standing in for a vacant chairman post. */
  acting?: boolean;
  /** Vietnamese note for the audit trail when the recipient differs from the step's audience. */
  note?: string;
}

const ORDER: EscalationAudience[] = ['owner', 'unitHead', 'leaderInCharge', 'chairman'];

/**
 * Resolves a step's audience to a person. Reminders to the owner go to the owner. Any other
 * audience never lands on a late person: the chain moves up (unit head → leader in charge →
 * chairman); a vacant or missing post also moves up; a vacant chairman post falls back to the acting
 * head. When nobody suitable is left, `NO_ESCALATION_RECIPIENT`.
 */
export function resolveEscalationRecipient(audience: EscalationAudience, chain: EscalationChain): EscalationRecipient {
  if (audience === 'owner') return { personId: chain.ownerId, audience };
  const late = new Set([chain.ownerId, ...(chain.latePersonIds ?? [])]);
  for (const post of ORDER.slice(ORDER.indexOf(audience))) {
    const holder = holderOf(post, chain);
    if (!holder || late.has(holder.personId)) continue;
    const moved = post !== audience || holder.acting;
    return {
      ...holder,
      audience: post,
      ...(moved ? { note: `Chuyển từ "${audienceLabel(audience)}" sang ${holder.acting ? 'người quyền/phụ trách thay Chủ tịch (chức danh trống)' : `"${audienceLabel(post)}"`}` } : {}),
    };
  }
  throw new DomainError(DomainErrorCode.NoEscalationRecipient, { audience, ownerId: chain.ownerId }, 'mọi cấp trên đều trống hoặc là người chậm trễ');
}

function holderOf(post: EscalationAudience, chain: EscalationChain): { personId: string; acting?: boolean } | null {
  switch (post) {
    case 'owner':
      return { personId: chain.ownerId };
    case 'unitHead':
      return chain.unitHeadId ? { personId: chain.unitHeadId } : null;
    case 'leaderInCharge':
      return chain.leaderInChargeId ? { personId: chain.leaderInChargeId } : null;
    case 'chairman':
      if (chain.chairmanId) return { personId: chain.chairmanId };
      return chain.actingHeadId ? { personId: chain.actingHeadId, acting: true } : null;
  }
}

const LABELS: Record<EscalationAudience, string> = {
  owner: 'người được giao',
  unitHead: 'thủ trưởng đơn vị',
  leaderInCharge: 'lãnh đạo phụ trách',
  chairman: 'Chủ tịch',
};
const audienceLabel = (a: EscalationAudience) => LABELS[a];
