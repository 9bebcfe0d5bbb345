import { normalizeText, stripDiacritics } from './normalize-text.util';

/**
 * Abbreviations used for Vietnamese public bodies, keyed by their letters without diacritics and
 * without separators ("LĐTB&XH" and "LD-TB&XH" both look up "LDTBXH"). Values are accent-free
 * lower-case words so that the abbreviation and the spelled-out name give the same key.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  LDTBXH: 'lao dong thuong binh xa hoi',
  LDTB: 'lao dong thuong binh',
  TBXH: 'thuong binh xa hoi',
  LD: 'lao dong',
  TB: 'thuong binh',
  XH: 'xa hoi',
  NNPTNT: 'nong nghiep phat trien nong thon',
  PTNT: 'phat trien nong thon',
  NNMT: 'nong nghiep moi truong',
  UBND: 'uy ban nhan dan',
  HDND: 'hoi dong nhan dan',
  UBMTTQVN: 'mat tran to quoc',
  UBMTTQ: 'mat tran to quoc',
  MTTQVN: 'mat tran to quoc',
  MTTQ: 'mat tran to quoc',
  MTTQVNX: 'mat tran to quoc',
  NHCSXH: 'ngan hang chinh sach xa hoi',
  BHYT: 'bao hiem y te',
  BHXH: 'bao hiem xa hoi',
  DTTS: 'dan toc thieu so',
  VHXH: 'van hoa xa hoi',
  VHTT: 'van hoa thong tin',
  VHTTDL: 'van hoa the thao du lich',
  VHTTTT: 'van hoa thong tin truyen thong',
  VH: 'van hoa',
  TT: 'thong tin',
  TTTT: 'thong tin truyen thong',
  GDDT: 'giao duc dao tao',
  TCKH: 'tai chinh ke hoach',
  KHDT: 'ke hoach dau tu',
  KHCN: 'khoa hoc cong nghe',
  TNMT: 'tai nguyen moi truong',
  GTVT: 'giao thong van tai',
  KTXH: 'kinh te xa hoi',
  KTHT: 'kinh te ha tang',
  DCXD: 'dia chinh xay dung',
  LHPN: 'lien hiep phu nu',
  HLHPN: 'hoi lien hiep phu nu',
  CCB: 'cuu chien binh',
  HCCB: 'hoi cuu chien binh',
  HND: 'hoi nong dan',
  DTN: 'doan thanh nien',
  DTNCSHCM: 'doan thanh nien cong san ho chi minh',
  LDLD: 'lien doan lao dong',
  BCD: 'ban chi dao',
  TTR: 'thuong truc',
  TU: 'tinh uy',
  HU: 'huyen uy',
  DU: 'dang uy',
  CVP: 'chanh van phong',
  VP: 'van phong',
  KBNN: 'kho bac nha nuoc',
  TTYT: 'trung tam y te',
  NV: 'noi vu',
  TP: 'thanh pho',
  BRVT: 'ba ria vung tau',
};

/** Words that carry no identity in an organisation name ("và", "&", "của"). */
const FILLER = new Set(['va', 'cua']);

/** Equivalent long forms collapsed to one canonical phrase. */
const CANONICAL: ReadonlyArray<[RegExp, string]> = [
  [/\buy ban mat tran to quoc viet nam\b/g, 'mat tran to quoc'],
  [/\buy ban mat tran to quoc\b/g, 'mat tran to quoc'],
  [/\bmat tran to quoc viet nam\b/g, 'mat tran to quoc'],
  [/\bmat tran to quoc mat tran to quoc\b/g, 'mat tran to quoc'],
  [/\bngan hang chinh sach xa hoi viet nam\b/g, 'ngan hang chinh sach xa hoi'],
  [/\bthanh pho thanh pho\b/g, 'thanh pho'],
];

function isAbbreviationToken(token: string): boolean {
  const upper = token.replace(/[^A-Z]/g, '').length;
  return upper >= 2 && /^[A-Z][A-Za-z&.\-/]*$/.test(token);
}

function expandToken(raw: string): string {
  const token = stripDiacritics(raw);
  if (!isAbbreviationToken(token)) return token.toLowerCase();
  const letters = token.replace(/[^A-Za-z]/g, '').toUpperCase();
  const whole = ABBREVIATIONS[letters];
  if (whole) return whole;
  // "NN&PTNT"-like compounds not in the table: expand each part on its own.
  return token
    .split(/[&\-/.]+/)
    .filter(Boolean)
    .map((part) => ABBREVIATIONS[part.toUpperCase()] ?? part.toLowerCase())
    .join(' ');
}

/**
 * The normalised key of an organisation name, identical for its aliases:
 * "Sở LĐTB&XH", "Sở LĐTBXH" and "Sở Lao động – Thương binh và Xã hội" → "so lao dong thuong binh xa hoi";
 * "UBMTTQVN tỉnh", "Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" → "mat tran to quoc tinh".
 * Parenthesised notes are ignored.
 */
export function organisationKey(name: string): string {
  const text = normalizeText(name).replace(/\([^)]*\)/g, ' ');
  const words: string[] = [];
  for (const raw of text.split(/[\s,;:]+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!token) continue;
    for (const w of expandToken(token).split(/[^a-z0-9]+/)) {
      if (w && !FILLER.has(w)) words.push(w);
    }
  }
  let key = words.join(' ');
  for (const [re, to] of CANONICAL) key = key.replace(re, to);
  return key;
}

/** True when two organisation names denote the same body by their {@link organisationKey}. */
export function sameOrganisation(a: string, b: string): boolean {
  return organisationKey(a) === organisationKey(b);
}
