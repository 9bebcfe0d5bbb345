import type { RevisionContent } from '@dondoc/contracts';

/** One run of words in a word-level diff. */
export interface WordPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** The comparable content of one plan revision (`GET /api/plans/:id/revisions`), defined in @dondoc/contracts. */
export type { RevisionContent };

export type DiffGroup = keyof RevisionContent;
export const DIFF_GROUPS: readonly DiffGroup[] = ['sections', 'targets', 'budgetLines', 'responsibilities'];

/** A field of an item that differs: the word diff of its text. */
export interface FieldChange {
  field: string;
  parts: WordPart[];
}

/** An item of a group that was added, removed or changed between two revisions. */
export interface ItemChange {
  change: 'added' | 'removed' | 'changed';
  /** A short name of the item (section label and title, first words of a target…). */
  label: string;
  fields: FieldChange[];
}

export type RevisionDiff = Record<DiffGroup, ItemChange[]>;

/** Larger texts are compared as a whole (the word table would grow as the product of their lengths). */
const MAX_CELLS = 2_000_000;

/** Words and the spaces between them, so a diff joins back to the original text. */
const tokens = (text: string) => text.split(/(\s+)/).filter((t) => t.length > 0);

/**
 * Word-level diff of two texts (longest common subsequence of words): unchanged runs, removed and
 * added words, in reading order. Adjacent parts of the same kind are merged.
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const parts: WordPart[] = [];
  const push = (op: WordPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  if (a.length * b.length > MAX_CELLS) {
    if (before === after) return before ? [{ op: 'same', text: before }] : [];
    if (before) push('removed', before);
    if (after) push('added', after);
    return parts;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < a.length) push('removed', a[i++]!);
  while (j < b.length) push('added', b[j++]!);
  return parts;
}

type Item = Record<string, string>;

/** Each group's items as plain text fields, a name, and an identity key when the item has one. */
const VIEWS: Record<DiffGroup, (item: never) => { key: string | null; label: string; fields: Item }> = {
  sections: (s: RevisionContent['sections'][number]) => ({
    key: s.label ? `${s.label} ${s.title ?? ''}` : null,
    label: [s.label, s.title].filter(Boolean).join(' ') || firstWords(s.text ?? ''),
    fields: { title: s.title ?? '', text: s.text ?? '' },
  }),
  targets: (t: RevisionContent['targets'][number]) => ({
    key: null,
    label: firstWords(t.text),
    fields: { text: t.text },
  }),
  budgetLines: (l: RevisionContent['budgetLines'][number]) => ({
    key: null,
    label: firstWords(l.text),
    fields: { text: l.text, amountVnd: l.amountVnd ?? '' },
  }),
  responsibilities: (r: RevisionContent['responsibilities'][number]) => ({
    key: r.itemPath,
    label: firstWords(r.duties),
    fields: {
      duties: r.duties,
      leads: r.leads.join('; '),
      coordinators: r.coordinators.join('; '),
      dueText: r.dueText ?? '',
    },
  }),
};

function firstWords(text: string, n = 12): string {
  const words = text.trim().split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

/** Share of the words of the longer text that the two have in common (0…1). */
function similarity(a: Item, b: Item): number {
  const wa = Object.values(a).join(' ').split(/\s+/).filter(Boolean);
  const wb = Object.values(b).join(' ').split(/\s+/).filter(Boolean);
  if (!wa.length && !wb.length) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return common / Math.max(wa.length, wb.length);
}

const same = (a: Item, b: Item) => Object.keys(a).every((k) => a[k] === b[k]);

/**
 * What changed in one group between two revisions. Items are paired when equal, then by identity
 * (a section's label and title, a responsibility's item path), then by resemblance (at least half
 * their words in common); paired items that differ are "changed" with a word diff per field, the
 * rest "removed" or "added".
 */
function diffGroup(group: DiffGroup, before: readonly unknown[], after: readonly unknown[]): ItemChange[] {
  const view = VIEWS[group] as (item: unknown) => ReturnType<(typeof VIEWS)['targets']>;
  const left = before.map(view);
  const right = after.map(view);
  const pairOf = new Map<number, number>(); // right index → left index
  const taken = new Set<number>();
  const pair = (accept: (l: (typeof left)[number], r: (typeof right)[number]) => boolean) =>
    right.forEach((r, ri) => {
      if (pairOf.has(ri)) return;
      const li = left.findIndex((l, k) => !taken.has(k) && accept(l, r));
      if (li >= 0) {
        pairOf.set(ri, li);
        taken.add(li);
      }
    });
  pair((l, r) => same(l.fields, r.fields));
  pair((l, r) => l.key !== null && l.key === r.key);
  pair((l, r) => similarity(l.fields, r.fields) >= 0.5);

  const out: ItemChange[] = [];
  left.forEach((l, li) => {
    if (!taken.has(li)) out.push({ change: 'removed', label: l.label, fields: fieldsOf(l.fields, {}) });
  });
  right.forEach((r, ri) => {
    const li = pairOf.get(ri);
    if (li === undefined) {
      out.push({ change: 'added', label: r.label, fields: fieldsOf({}, r.fields) });
      return;
    }
    const l = left[li]!;
    if (same(l.fields, r.fields)) return;
    out.push({
      change: 'changed',
      label: r.label,
      fields: fieldsOf(l.fields, r.fields).filter((f) => f.parts.some((p) => p.op !== 'same')),
    });
  });
  return out;
}

function fieldsOf(before: Item, after: Item): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names
    .map((field) => ({ field, parts: wordDiff(before[field] ?? '', after[field] ?? '') }))
    .filter((f) => f.parts.length > 0);
}

/** Sections, targets, budget lines and responsibilities added, removed or changed from `before` to `after`. */
export function diffRevisions(before: RevisionContent, after: RevisionContent): RevisionDiff {
  return Object.fromEntries(DIFF_GROUPS.map((g) => [g, diffGroup(g, before[g], after[g])])) as RevisionDiff;
}
