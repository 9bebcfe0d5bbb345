import { normalizeUnicode, organisationKey } from '@dondoc/domain';
import type { PartyRef } from '../types';
import { fold } from '../text/fold';

/** Words that start an organisation's name (accent-folded). */
const ORG_HEADS = /^(so|phong|ban|uy ban|ubnd|ubmttq|ubmttqvn|mttq|mat tran|hoi|doan|trung tam|ngan hang|nhcsxh|bao hiem|bhxh|bhyt|cong an|quan su|ban chi huy|dai|bao|van phong|chi cuc|cuc|bo|kho bac|vien|truong|benh vien|tram|dang uy|thuong truc|tinh uy|huyen uy|thanh uy|lien doan|lien minh|hop tac xa|cong ty|chi nhanh|quy|hdnd|hoi dong|tinh doan|huyen doan|thanh doan|doan thanh nien|lien hiep|toa an|vien kiem sat|thanh tra|tong cong ty|nha van hoa|chi bo|ban quan ly|ban chi dao|bch|ttyt|thi uy|to|cac)\b/;
/** Positions and officials ("Công chức Văn hóa - Xã hội phụ trách…", "Trưởng các khu phố"). */
const POSITION_HEADS = /^(cong chuc|can bo|chu tich|pho chu tich|truong|pho truong|giam doc|pho giam doc|thu truong|lanh dao|bi thu|pho bi thu|chanh van phong|chanh|ke toan|nguoi dung dau|thanh vien|cac thanh vien|cac dong chi|dong chi|cac cong chuc|cac can bo|bi thu chi bo)\b/;
/** Not state administration: Party, Fatherland Front, mass organisations (they get requests, not orders). */
const NON_STATE = /\b(mat tran to quoc|dang uy|tinh uy|huyen uy|thanh uy|thi uy|chi bo|ban dan van|hoi nong dan|hoi lien hiep phu nu|lien hiep phu nu|hoi phu nu|hoi cuu chien binh|cuu chien binh|doan thanh nien|thanh nien cong san|tinh doan|huyen doan|lien doan lao dong|cong doan|hoi chu thap do|hoi nguoi cao tuoi|cac hoi|cac doan the|hoi doan the|to chuc chinh tri)\b/;

/** Describes one party name. */
export function partyRef(rawName: string): PartyRef {
  const name = rawName.replace(/\s+/g, ' ').replace(/^[\s,;:.\-–]+|[\s,;:.\-–]+$/g, '').replace(/^(và|cùng|với)\s+/i, '');
  const f = fold(name);
  const key = organisationKey(name);
  let kind: PartyRef['kind'] = 'unknown';
  if (/^(trưởng|phó trưởng)\b/iu.test(name) || POSITION_HEADS.test(f)) kind = /^cac\b/.test(f) ? 'group' : 'position';
  else if (/^(cac|co quan|don vi)\b/.test(f) || /\bcap (huyen|xa|tinh)\b/.test(f) || /\bcac (xa|phuong|huyen|thon|ban|khu|to|so|nganh|co quan|don vi|hoi|doan the|truong|to chuc)\b/.test(f) || /\blien quan\b/.test(f)) kind = 'group';
  else if (ORG_HEADS.test(f) || /^[A-ZĐ]{2,}/u.test(name)) kind = 'organisation';
  const nonState = NON_STATE.test(key) || /^(hoi|doan)\b/.test(f) && !/^hoi dong\b/.test(f);
  return { name, key, kind, isStateAdministrative: !nonState };
}

/** True when a phrase starts with something that names a party. */
export function startsWithParty(text: string): boolean {
  const f = fold(text.trim());
  return ORG_HEADS.test(f) || POSITION_HEADS.test(f) || /^[A-ZĐ]{2,}\b/.test(text.trim());
}

/** Where a new party starts inside a list: capitalised head word or an abbreviation. */
const SPLIT_HEAD = /^(Sở|Phòng|Ban|Ủy ban|Uỷ ban|UB|Hội|Đoàn|Trung tâm|Ngân hàng|Bảo hiểm|Công an|Quân sự|Đài|Báo|Văn phòng|Chi cục|Cục|Bộ|Kho bạc|Viện|Trường|Bệnh viện|Trạm|Đảng ủy|Đảng uỷ|Thường trực|Tỉnh ủy|Huyện ủy|Liên đoàn|Liên minh|Hợp tác xã|Công ty|Chi nhánh|Quỹ|Hội đồng|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Công chức|Cán bộ|Chủ tịch|Phó Chủ tịch|Trưởng|Giám đốc|Lãnh đạo|Mặt trận|Tòa án|Viện kiểm sát|Thanh tra|Các|các|cơ quan|[A-ZĐ]{2,})(?=[\s&,;.:-]|$)/u;
/** After "và" only a real head word or a body's abbreviation starts a new party ("Nông nghiệp và PTNT" is one). */
const AND_HEAD = /^(Sở|Phòng|Ban|Ủy ban|Uỷ ban|Hội|Đoàn|Trung tâm|Ngân hàng|Bảo hiểm|Công an|Đài|Báo|Văn phòng|Chi cục|Cục|Bộ|Kho bạc|Bệnh viện|Trạm|Đảng ủy|Đảng uỷ|Thường trực|Liên đoàn|Hội đồng|Công chức|Cán bộ|Mặt trận|Các|các|UBND|UBMTTQ\w*|MTTQ\w*|NHCSXH|HĐND|BHXH|BCĐ|TTYT)(?=[\s&,;.:-]|$)/u;

/**
 * Splits "Sở Tài chính, các sở ngành có liên quan; UBND cấp huyện" into parties. Commas inside a
 * group ("UBND các huyện, thị xã, thành phố", "các sở, ban, ngành") do not split, because the next
 * piece does not start with a party head word. "Các Sở: A, B, C" expands to "Sở A", "Sở B", "Sở C".
 */
export function splitParties(text: string): PartyRef[] {
  const cleaned = normalizeUnicode(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.\s*$/, '')
    .replace(/^(đề nghị|giao|yêu cầu)\s+/i, '');
  const out: string[] = [];
  for (const chunk of cleaned.split(/\s*;\s*/)) {
    if (!chunk.trim()) continue;
    const listHead = /^(các|Các)\s+(Sở|Phòng|Ban|Hội|Trung tâm|Bộ|Ngành|sở|phòng|ban|hội|bộ)\s*:\s*(.+)$/.exec(chunk);
    if (listHead) {
      const head = (listHead[2] ?? '').replace(/^./, (c) => c.toUpperCase());
      const items = (listHead[3] ?? '').split(/\s*,\s*/);
      for (const item of items) {
        for (const piece of splitOnAnd(item)) out.push(SPLIT_HEAD.test(piece) ? piece : `${head} ${piece}`);
      }
      continue;
    }
    const pieces = chunk.split(/\s*,\s*/);
    let current = '';
    for (const piece of pieces) {
      if (!current) current = piece;
      else if (SPLIT_HEAD.test(piece)) {
        out.push(...splitOnAnd(current));
        current = piece;
      } else current += `, ${piece}`;
    }
    if (current) out.push(...splitOnAnd(current));
  }
  return out.map(partyRef).filter((p) => p.name.length > 1);
}

/** "Sở Tài chính và UBND cấp huyện" → two; "Nông nghiệp và Phát triển nông thôn" stays one. */
function splitOnAnd(text: string): string[] {
  const parts = text.split(/\s+(?:và|cùng)\s+/);
  const out: string[] = [];
  for (const p of parts) {
    if (out.length && AND_HEAD.test(p) && !/^(Phát|Xã|Đào|Thể|Du|Truyền|Môi|Đầu|Công nghệ|Kế hoạch|Hộ tịch|Chỉ đạo)/.test(p)) out.push(p);
    else if (out.length) out[out.length - 1] += ` và ${p}`;
    else out.push(p);
  }
  return out;
}
