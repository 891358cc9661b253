import type { ContentScriptContext } from '#imports';
import { gateInputOf, gateTextsByXPath } from '../../lib/detect/gate-input';
import { loadedEngine } from '../../utils/engine-api';
import { sendToBackground } from '../../utils/messaging';
import { DEFAULT_SITES, sitePatterns } from '../../utils/sites';

/**
 * Runs on every page of vov.vn and cafef.vn (and of the sites the reader switches on). It only
 * reads what the cheap gate needs — address, title, description — and hands it to the background,
 * which decides whether this could be a call article (off the page's main thread: the page pays
 * for reading five strings and posting them). When the answer is no, nothing else happens; when
 * it is yes, the background has loaded the engine into the page, and the page is handed to it.
 */
export default defineContentScript({
  matches: DEFAULT_SITES.flatMap(sitePatterns),
  runAt: 'document_idle',
  main(ctx) {
    void visit(ctx);
    // In-site navigation without a reload: the new address gets the gate again.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      loadedEngine()?.stop();
      void visit(ctx);
    });
  },
});

async function visit(ctx: ContentScriptContext): Promise<void> {
  try {
    // The gate's work on the page's main thread: reading its inputs and posting them. Timed with
    // performance.now(), the marks written after: a mark's own first use is not the gate's cost.
    const start = performance.now();
    const asked = sendToBackground({ type: 'gate-page', input: gateInputOf(document, location.href, gateTextsByXPath), engineLoaded: loadedEngine() !== null });
    const end = performance.now();
    performance.measure('dien-dam:gate', { start, end });
    performance.mark('dien-dam:gate:end', { startTime: end });
    const reply = await asked;
    if (!reply?.ok || !reply.verdict.engine) return;
    await loadedEngine()?.start(ctx);
  } catch {
    // The extension was reloaded or the page is going away: nothing to do, and nothing thrown into the page.
  }
}
