import { ENGINE_GLOBAL } from '../utils/engine-api';
import { pageEngine } from './content/call-page';

/**
 * The engine script, injected by the background into a page whose gate passed (never listed in
 * the manifest as a content script, never web-accessible). It registers itself for the content
 * script, which runs in the same isolated world.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = pageEngine;
});
