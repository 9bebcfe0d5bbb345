export * from './types';
export * from './plan-document-error';
export { parsePlanDocument, parsePlanText, type PlanDocumentInput } from './parse-plan-document';
export { PARSER_VERSION } from './parse-plan-blocks';
