import type { DueRule, PartyRef, ReportFrequency, ReportingDuty, SourceSpan } from '../types';
import { isValidDate } from '@dondoc/domain';
import { fold } from '../text/fold';
import { splitParties } from './party';

/** A piece of text with who owns it (the leads of the assignment it sits in, if any). */
export interface TextUnit {
  text: string;
  span: SourceSpan;
  owners: PartyRef[];
}

const MARKERS: Array<[ReportFrequency, RegExp]> = [
  ['monthly', /\b(hang thang|bao cao thang|theo thang)\b/g],
  ['semiannual', /\b(6 thang|sau thang|06 thang)\b(?! dau nam)?/g],
  ['nineMonth', /\b(9 thang|09 thang)\b/g],
  ['annual', /\b(bao cao nam|hang nam|ca nam|cuoi nam|tong ket nam)\b(?!\s*\d)|(?<=(?:6|sau|06) thang\s*(?:,|va)\s*(?:bao cao\s*)?)nam\b(?!\s*\d)/g],
  ['adHoc', /\b(dot xuat)\b/g],
];

const DUE = /\(?\s*(truoc ngay|cham nhat (?:la |vao )?ngay|truoc hoac vao ngay|khong muon hon ngay|truoc|cham nhat)\s+(?:ngay\s+)?(\d{1,2})\s*(?:[/.-]|thang)\s*(\d{1,2})\s*\)?/;
const RECIPIENT = /(?:gui ve|gui len|gui|ve|cho|len)\s+((?:uy ban|ubnd|so|phong|bo|ban chi dao|ban|van phong|thuong truc|chu tich|cuc|co quan thuong truc)\b[^.;(]*?)(?=\s+(?:de|truoc|theo|dinh ky|qua|va bao cao)\b|[.;(]|$)/;
const GROUP = /(cac (?:so|so nganh|so, nganh|co quan|don vi|phong|ban|xa)[^.;:]*?(?:lien quan|co lien quan|duoc giao))/;

/**
 * Reporting duties in sentences with "báo cáo": frequency (monthly, quarterly, 6-month, 9-month,
 * annual, periodic "định kỳ", ad hoc "đột xuất"), the due rule ("trước ngày 05/6" → {6, 5, strict}),
 * who reports (the assignment's leads, or a group named in the paragraph) and to whom ("về Sở …").
 */
export function extractReportingDuties(units: TextUnit[]): ReportingDuty[] {
  const out: ReportingDuty[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    const sentences = unit.text.split(/(?<=[.;])\s+/);
    sentences.forEach((sentence, si) => {
      const f = fold(sentence);
      if (!/bao cao/.test(f)) return;
      const found: Array<{ freq: ReportFrequency; index: number; end: number }> = [];
      for (const [freq, re] of MARKERS) {
        re.lastIndex = 0;
        for (let m; (m = re.exec(f)); ) found.push({ freq, index: m.index, end: m.index + m[0].length });
      }
      // "quý" (quarter) and "quy định"/"Quỹ" fold alike: match the quarter on the written text.
      const quarterRe = /(hằng|hàng|theo|báo cáo|định kỳ|mỗi)\s+quý/giu;
      for (let m; (m = quarterRe.exec(sentence)); ) found.push({ freq: 'quarterly', index: m.index, end: m.index + m[0].length });
      const periodic = /\bdinh ky\b/.exec(f);
      if (!found.length && !periodic) return;
      if (!found.length && periodic) found.push({ freq: 'periodic', index: periodic.index, end: periodic.index + 7 });
      else if (periodic && found.every((x) => x.freq === 'adHoc')) found.push({ freq: 'periodic', index: periodic.index, end: periodic.index + 7 });
      found.sort((a, b) => a.index - b.index);
      const recM = RECIPIENT.exec(f);
      const recipients = recM && recM[1] ? splitParties(sentence.substr(recM.index + recM[0].length - recM[1].length, recM[1].length)) : [];
      let reporters = unit.owners;
      if (!reporters.length) {
        const context = fold([sentences[si - 1] ?? '', sentence].join(' '));
        const g = GROUP.exec(context);
        if (g && g[1]) {
          const raw = [sentences[si - 1] ?? '', sentence].join(' ');
          reporters = splitParties(raw.substr(g.index, g[1].length));
        }
      }
      found.forEach((mk, i) => {
        const next = found[i + 1]?.index ?? f.length;
        const window = f.slice(mk.end, Math.min(next, mk.end + 60));
        const d = DUE.exec(window);
        let due: DueRule | null = null;
        let dueText: string | null = null;
        // "trước ngày 20 hằng tháng": a day of every month.
        const EVERY_MONTH = /(truoc|cham nhat(?: la| vao)?)\s+ngay\s+(\d{1,2})\s+(?:hang|cua|moi)\s+thang/;
        const inWindow = EVERY_MONTH.exec(window);
        const monthly = inWindow ?? (mk.freq === 'monthly' ? EVERY_MONTH.exec(f) : null);
        const monthlyBase = inWindow ? mk.end : 0;
        if (monthly && Number(monthly[2]) >= 1 && Number(monthly[2]) <= 31) {
          due = { month: null, day: Number(monthly[2]), strict: monthly[1] === 'truoc' };
          dueText = sentence.substr(monthlyBase + monthly.index, monthly[0].length);
        } else if (d && (mk.freq !== 'periodic' && mk.freq !== 'adHoc')) {
          const day = Number(d[2]);
          const month = Number(d[3]);
          if (isValidDate(2024, month, day)) {
            due = { month, day, strict: /^truoc(?! hoac)/.test(d[1] ?? '') };
            dueText = sentence.substr(mk.end + d.index, d[0].length).replace(/^[(\s]+|[)\s]+$/g, '');
          }
        }
        const key = `${mk.freq}|${due?.month}/${due?.day}|${reporters.map((r) => r.key).join(',')}|${recipients.map((r) => r.key).join(',')}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push({ frequency: mk.freq, due, dueText, reporters, recipients, text: sentence, span: unit.span, confidence: due ? 0.9 : 0.75 });
      });
    });
  }
  return out;
}
