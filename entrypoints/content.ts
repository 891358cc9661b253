import { browser } from 'wxt/browser';
import { analyzePage } from '../lib/engine';
import { PAGE_TOO_LARGE } from '../lib/extract';
import type { PageReport } from '../lib/messages';
import { DEFAULT_SITES, sitePatterns } from './shared/sites';

/**
 * Runs on vov.vn and cafef.vn (and the sites the reader switches on, registered by the
 * background). The cheap gate decides from the title and description whether the page can be a
 * call article; only then is the article extracted and summarised, and the result reported to the
 * background. It never throws into the page and never changes it.
 */
export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(sitePatterns),
  runAt: 'document_idle',
  main() {
    void report();
  },
});

async function report(): Promise<void> {
  const url = location.href;
  let message: PageReport | null;
  try {
    const result = analyzePage(document, url);
    if (!result.gate.pass) return; // Not a call page: stay out of the way.
    const { article, detection, call } = result;
    if (article && call && detection.isCall) {
      message = { type: 'call-page', url, article, record: call, confidence: detection.confidence };
    } else {
      const tooLarge = article?.notArticleReason === PAGE_TOO_LARGE;
      message = { type: 'other-page', url, analysed: !tooLarge, reason: article?.notArticleReason ?? detection.reasons[0] ?? '' };
    }
  } catch (e) {
    message = { type: 'other-page', url, analysed: false, reason: (e as Error)?.message ?? String(e) };
  }
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or is shutting down: nothing to tell.
  }
}
