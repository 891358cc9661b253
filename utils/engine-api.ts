import type { ContentScriptContext } from '#imports';

/**
 * The content script is small: it runs the cheap gate on every page. The engine (extraction,
 * summary, highlighting, the card) is a separate script the background injects into the page only
 * when the gate lets it through; it registers itself on the content scripts' shared global.
 */
export interface PageEngine {
  /** Read the page, report it, highlight it. */
  start(ctx: ContentScriptContext): Promise<void>;
  /** Forget the page (in-site navigation, the extension going away). */
  stop(): void;
}

export const ENGINE_GLOBAL = '__dienDamEngine';

export function loadedEngine(): PageEngine | null {
  return ((globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as PageEngine | undefined) ?? null;
}
