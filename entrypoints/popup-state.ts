import { EARLY_TAB_STATE, readCurrentTabState } from '../utils/tab-state';

/**
 * Loaded by popup.html as a classic script in its head (listed nowhere else): starts reading the
 * current tab's state before the popup's modules run (see EARLY_TAB_STATE).
 */
export default defineUnlistedScript(() => {
  const read = readCurrentTabState();
  read.catch(() => undefined); // read (and reported) by the popup
  (globalThis as Record<string, unknown>)[EARLY_TAB_STATE] = read;
});
