export { summarizeCall } from './summarize';
export { findDateExpressions, resolveDate, type DateExpression, type ResolvedDate, type DateDirection } from './dates';
export type { CallRecord, CallKind, Participant, EarlierCall, CallEvidence } from './types';
export { TOPICS } from './data/topics';
