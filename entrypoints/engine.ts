import { ENGINE_GLOBAL } from '../utils/engine-api';
import { pageEngine } from './content/call-page';
import { listenForListing } from './content/listing-page';

/**
 * The engine script, injected by the background into a page whose gate passed, or into a list page
 * whose checklist the popup asks for (never listed in the manifest as a content script, never
 * web-accessible). It registers itself for the content script, which runs in the same isolated
 * world, and answers the background's list-page commands.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = pageEngine;
  listenForListing();
});
