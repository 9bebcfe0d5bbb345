import { defineSearchAttributeKey } from '@temporalio/common';

/** Custom search attributes the visibility tests register (one per type). */
export const conformanceSearchAttributes = {
  unit: defineSearchAttributeKey('DondocUnit', 'KEYWORD'),
  title: defineSearchAttributeKey('DondocTitle', 'TEXT'),
  priority: defineSearchAttributeKey('DondocPriority', 'INT'),
  score: defineSearchAttributeKey('DondocScore', 'DOUBLE'),
  urgent: defineSearchAttributeKey('DondocUrgent', 'BOOL'),
  due: defineSearchAttributeKey('DondocDue', 'DATETIME'),
  tags: defineSearchAttributeKey('DondocTags', 'KEYWORD_LIST'),
} as const;
