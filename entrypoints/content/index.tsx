import type { ContentScriptContext } from '#imports';
import { gateCall, gateInputOf } from '../../lib/detect/gate';
import { loadedEngine } from '../shared/engine-api';
import { sendToBackground } from '../shared/messaging';
import { DEFAULT_SITES, sitePatterns } from '../shared/sites';

/**
 * Runs on every page of vov.vn and cafef.vn (and of the sites the reader switches on). It only
 * runs the cheap gate — address, title, description: could this be a call article? — and stays
 * out of the way when the answer is no. When it is yes, it asks the background to load the engine
 * into the page and hands the page over to it.
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
    performance.mark('dien-dam:gate:start');
    const gate = gateCall(gateInputOf(document, location.href));
    performance.mark('dien-dam:gate:end');
    performance.measure('dien-dam:gate', 'dien-dam:gate:start', 'dien-dam:gate:end');
    if (!gate.pass) return;
    if (!loadedEngine()) {
      const reply = await sendToBackground({ type: 'load-engine' });
      if (!reply?.ok) return;
    }
    await loadedEngine()?.start(ctx);
  } catch {
    // The extension was reloaded or the page is going away: nothing to do, and nothing thrown into the page.
  }
}
