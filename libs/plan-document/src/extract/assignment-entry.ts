import type { PartyRef } from '../types';
import { fold } from '../text/fold';
import { splitParties, startsWithParty } from './party';

export interface EntryHeader {
  leads: PartyRef[];
  coordinators: PartyRef[];
  request: boolean;
  /** Text after the party: the duty written on the same line. */
  rest: string;
}

/** Verbs that end the name of the lead in "Sở X chủ trì, phối hợp…", "Sở X là cơ quan thường trực…". */
const LEAD_END = /(?<!\bcac)\s+(la|co trach nhiem|chiu trach nhiem|chu tri|chi tri|phoi hop|thuc hien|tham muu|trien khai|xay dung|to chuc|huong dan|theo doi|can cu|tiep tuc|ra soat|phat huy|van dong|chi dao|bo tri|tang cuong|day manh|nang cao|quan tam|giam sat|kiem tra|chu dong|cung cap|ho tro|dam bao|thuong xuyen|tham gia)\b/g;
const COORD = /phoi hop\s*(?:voi|cung|:)\s*(\S+\s+\S.*?)(?=,\s*(?:can cu|de|nham|dong thoi)\b|(?<!,)\s+(?:de|trong|nham|tham muu|trien khai|thuc hien|xay dung|to chuc|huong dan|ra soat|bo tri|can cu|tang cuong|day manh|nang cao|theo doi|giam sat|kiem tra|van dong|tuyen truyen|ho tro|cho vay|lam)\b|[:.;(]|$)/;

/**
 * Reads who is assigned in an entry such as "1. Sở Lao động - Thương binh và Xã hội là Cơ quan
 * thường trực … chủ trì, phối hợp với các sở, ban, ngành…:", "7. Đề nghị Ủy ban Mặt trận Tổ quốc
 * Việt Nam xã", "Sở Xây dựng: phối hợp với UBND các huyện…" or "Phòng Y tế chỉ trì, phối hợp với…".
 * Null when the text does not start with a party.
 */
export function parseEntryHeader(title: string): EntryHeader | null {
  let t = title.trim().replace(/^[-–+•]\s*/, '');
  let request = false;
  const req = /^(kính\s+)?đề nghị\s+/iu.exec(t);
  if (req) {
    request = true;
    t = t.slice(req[0].length);
  }
  t = t.replace(/^(giao|yêu cầu|trách nhiệm của)\s+/iu, '');
  // "Các phòng: Tài chính - Kế hoạch, Nội vụ, Tư pháp hướng dẫn …": the list after the colon is the lead.
  const listHead = /^các\s+(sở|phòng|ban|hội|ngành|đơn vị|cơ quan)\s*:/iu.test(t);
  const colon = listHead ? -1 : t.indexOf(':');
  const head = colon >= 0 ? t.slice(0, colon) : t;
  let rest = colon >= 0 ? t.slice(colon + 1).trim() : '';
  const fh = fold(head);
  // Names are capitalised ("Sở Xây dựng"), verbs are not ("… xây dựng kế hoạch"): take the first lower-case verb.
  let v: RegExpExecArray | null = null;
  LEAD_END.lastIndex = 0;
  for (let m; (m = LEAD_END.exec(fh)); ) {
    const ch = head[m.index + m[0].length - (m[1]?.length ?? 0)] ?? '';
    if (ch === ch.toLowerCase()) {
      v = m;
      break;
    }
  }
  const leadText = (v ? head.slice(0, v.index) : head).trim();
  if (v) rest = `${head.slice(v.index).trim()}${colon >= 0 ? `: ${rest}` : ''}`.trim();
  if (!leadText || !startsWithParty(leadText) || leadText.length > 220) return null;
  // A sentence that merely mentions a body ("Các chính sách …") is not an entry: the lead must parse.
  const leads = splitParties(leadText).filter((p) => p.kind !== 'unknown' || leadText.length < 80);
  if (!leads.length) return null;
  const firstSentence = rest.split(/(?<=\.)\s/)[0] ?? '';
  const fs = fold(firstSentence);
  const cm = COORD.exec(fs);
  const coordinators = cm && cm[1] ? splitParties(firstSentence.substr(cm.index + cm[0].length - cm[1].length, cm[1].length).replace(/[,\s]+$/, '')) : [];
  if (/^(chi tri)/.test(fold(rest))) rest = rest.replace(/^chỉ trì/iu, 'chủ trì');
  return { leads, coordinators, request, rest: rest.replace(/^[:,\s]+/, '') };
}

/** "chỉ số 3", "chỉ số thiếu hụt 9, 10 và 11" → [3], [9, 10, 11]. */
export function indicatorCodes(text: string): number[] {
  const out = new Set<number>();
  const re = /chi so (?:thieu hut )?(?:dich vu xa hoi co ban )?(?:so )?(\d{1,2}(?:\s*(?:,|va|-|;)\s*\d{1,2})*)/g;
  for (let m; (m = re.exec(fold(text))); ) {
    for (const n of (m[1] ?? '').split(/\s*(?:,|va|-|;)\s*/)) {
      const v = Number(n);
      if (v >= 1 && v <= 12) out.add(v);
    }
  }
  return [...out].sort((a, b) => a - b);
}
