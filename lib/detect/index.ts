export { gateCall, gateInputOf, type GateInput, type GateResult } from './gate';
export { detectCall, CALL_THRESHOLD, type CallDetection } from './detect';
export { analyzeArticle, type ArticleAnalysis, type AnalyzedSentence } from './analysis';
export type { NegativeClass } from './vocabulary';
