import { detectCall, gateCall, gateInputOf, type CallDetection, type GateResult } from './detect';
import { PAGE_UNREADABLE } from './extract/reasons';

export { gateInputOf };
import { articleFromText, extractArticle, type Article } from './extract';
import { vietnamesePart } from './extract/language';
import { summarizeCall, type CallRecord } from './summarize';

/**
 * The whole engine, page → detect → extract → summarise, for one page or one text.
 * The content script and the command line both go through here.
 */

export interface EngineResult {
  gate: GateResult;
  article: Article | null;
  detection: CallDetection;
  call: CallRecord | null;
}

const notRun = (gate: GateResult): CallDetection => ({
  isCall: false,
  kind: null,
  confidence: 0,
  reasons: [gate.reason],
  callSentence: null,
  negativeClass: null,
});

export interface AnalyzeOptions {
  /** Skip the cheap gate (the command line reads every file in full). */
  force?: boolean;
  published?: string | null;
}

export function analyzePage(document: Document, url: string | null, options: AnalyzeOptions = {}): EngineResult {
  let gate: GateResult = { pass: false, reason: PAGE_UNREADABLE };
  try {
    gate = gateCall(gateInputOf(document, url));
    if (!gate.pass && !options.force) return { gate, article: null, detection: notRun(gate), call: null };
    const article = extractArticle(document, url, { published: options.published });
    return finish(gate, article);
  } catch (e) {
    // A page the DOM implementation cannot walk (stack overflow in a pathological tree, …): not analysed.
    return { gate, article: null, detection: { ...notRun(gate), reasons: [`${PAGE_UNREADABLE}: ${(e as Error)?.message ?? e}`] }, call: null };
  }
}

export { PAGE_UNREADABLE };

export function analyzeText(text: string, options: { url?: string | null; published?: string | null } = {}): EngineResult {
  const article = articleFromText(text, options);
  const gate = gateCall({ url: options.url, title: article.title, description: article.lead });
  return finish(gate, article);
}

function finish(gate: GateResult, page: Article): EngineResult {
  const article = vietnamesePart(page);
  const detection = detectCall(article);
  const call = summarizeCall(article, detection);
  // The record may find the call still to come by its date (see summarizeCall): the decision says the same.
  return { gate, article, detection: call && call.kind !== detection.kind ? { ...detection, kind: call.kind } : detection, call };
}
