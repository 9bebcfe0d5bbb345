import { findMoneyAmounts } from '@dondoc/domain';
import type { Budget, BudgetAmount, BudgetLine, PlanWarning } from '../types';
import { PlanWarningCode } from '../types';
import { fold } from '../text/fold';
import { splitParties } from './party';
import { projectContext } from './responsibility.extractor';
import { projectOf } from './section-label';
import { walk, type WorkNode } from './section-tree';

const MONEY_LINE = /^(nguon von|kinh phi|von|du toan|tong kinh phi|tong von|tong nguon von|ngan sach)/;
const UNIT_LINE = /^(don vi thuc hien|co quan thuc hien|don vi chu tri|co quan chu tri|phan cong thuc hien)\b/;
const BUDGET_SECTION = /(kinh phi|nguon von|nguon luc tai chinh|du toan)/;

const vnd = (n: number) => n.toLocaleString('vi-VN');

function fundingSource(text: string): string | null {
  const m = /(?:từ\s+)?(nguồn\s+(?:vốn\s+|kinh phí\s+)?(?!vốn thực hiện|kinh phí thực hiện)[^,.;:()]{3,120})/iu.exec(text);
  const p = /\(([^)]*(?:ngân sách|nguồn|vốn)[^)]*)\)/iu.exec(text);
  return (p?.[1] ?? m?.[1] ?? null)?.trim() ?? null;
}

function amountOf(n: WorkNode, text: string): BudgetAmount | null {
  const money = findMoneyAmounts(text)[0];
  if (!money) return null;
  return {
    amountVnd: money.amountVnd,
    estimate: money.estimate || /\bdu kien\b/.test(fold(text)),
    text,
    fundingSource: fundingSource(text.replace(/^[^:]*:/, '')),
    span: n.span,
    confidence: 0.9,
  };
}

function nodeText(n: WorkNode): string {
  return [n.title, ...n.body].join(' ').trim();
}

/**
 * Budget: per-project lines from project blocks ("đ) Nguồn vốn thực hiện: Dự kiến 530 triệu đồng")
 * with their implementing units, the stated total ("Tổng kinh phí …: 1.728 triệu đồng"), notes for
 * non-numeric budgets, and SUM_MISMATCH when the lines do not add up to the total.
 */
export function extractBudget(root: WorkNode, warnings: PlanWarning[]): Budget {
  const lines: BudgetLine[] = [];
  const notes: Budget['notes'] = [];
  let total: BudgetAmount | null = null;
  const budgetSections = root.children.filter((c) => BUDGET_SECTION.test(fold(c.title)) && c.title.length < 120);
  const inBudgetSection = (n: WorkNode) => {
    for (let c: WorkNode | null = n; c; c = c.parent) if (budgetSections.includes(c)) return true;
    return false;
  };
  for (const n of walk(root)) {
    if (!n.para) continue;
    const f = fold(n.title);
    const ctx = projectContext(n);
    if ((ctx.project || ctx.subProject) && MONEY_LINE.test(f) && !inBudgetSection(n)) {
      const amount = amountOf(n, nodeText(n));
      if (!amount) continue;
      const block = n.parent;
      const unitsNode = block?.children.find((s) => UNIT_LINE.test(fold(s.title)));
      const units = unitsNode ? splitParties(unitsNode.title.slice(unitsNode.title.indexOf(':') + 1)) : [];
      lines.push({
        ...amount,
        project: ctx.project,
        projectCode: ctx.project ? projectOf(ctx.project)?.code ?? null : null,
        subProject: ctx.subProject,
        subProjectCode: ctx.subProject ? projectOf(ctx.subProject)?.code ?? null : null,
        implementingUnits: units,
      });
    }
  }
  for (const section of budgetSections) {
    const texts: Array<{ n: WorkNode; text: string }> = [];
    if (section.body.length) texts.push({ n: section, text: section.body.join(' ') });
    for (const n of walk(section)) texts.push({ n, text: nodeText(n) });
    const sectionLines: BudgetLine[] = [];
    for (const { n, text } of texts) {
      const amount = amountOf(n, text);
      const f = fold(text);
      if (!amount) {
        if (text.length > 3) notes.push({ text, span: n.span });
        continue;
      }
      const project = projectOf(text.replace(/^[-+•]\s*/, ''));
      if (!total && /\btong\b/.test(f)) total = amount;
      else if (project) sectionLines.push({ ...amount, project: project.level === 'project' ? project.name.split(/:\s*\d/)[0] ?? null : null, projectCode: project.code, subProject: null, subProjectCode: null, implementingUnits: [] });
      else if (!total) total = amount;
      else notes.push({ text, span: n.span });
    }
    if (!lines.length) lines.push(...sectionLines);
  }
  const withAmount = lines.filter((l) => l.amountVnd !== null);
  const linesSumVnd = withAmount.length ? withAmount.reduce((s, l) => s + (l.amountVnd ?? 0), 0) : null;
  if (total && total.amountVnd !== null && linesSumVnd !== null && total.amountVnd !== linesSumVnd) {
    warnings.push({
      code: PlanWarningCode.SumMismatch,
      message: `Tổng kinh phí ghi ${vnd(total.amountVnd)} đồng nhưng cộng các dòng được ${vnd(linesSumVnd)} đồng`,
      spans: [total.span, ...withAmount.map((l) => l.span)],
    });
  }
  if (!total && !lines.length && (notes.length || budgetSections.length)) {
    warnings.push({ code: PlanWarningCode.BudgetNotNumeric, message: 'Kinh phí không ghi số tiền cụ thể (giữ nguyên văn bản)', spans: notes.map((x) => x.span).slice(0, 5) });
  }
  return { total, lines, notes, linesSumVnd };
}
