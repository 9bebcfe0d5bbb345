/**
 * How a predecessor became a successor: merged into it, split into several, renamed, or its
 * functions transferred (e.g. poverty reduction from Sở LĐTBXH to Sở NN&MT in 2025).
 */
export const SUCCESSION_KINDS = ['merged-into', 'split-into', 'renamed', 'functions-transferred'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];
