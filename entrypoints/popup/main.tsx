import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { firstTabState } from '../../components/data';
import { uiLanguage } from '../../components/i18n';
import '../../components/styles.css';

/**
 * How long the first render waits for the tab's state. The state usually comes within a few
 * milliseconds of the popup's code (popup-state.js started reading it while the page was parsed):
 * rendering "loading" first would cost a painted frame before the record. A slower read shows
 * "loading" meanwhile.
 */
const FIRST_RENDER_WAIT_MS = 50;

document.documentElement.lang = uiLanguage();
const first = firstTabState();
const settled = first.then((tab) => ({ tab }), () => null);
const waited = new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_RENDER_WAIT_MS));
void Promise.race([settled, waited]).then((ready) => {
  render(<Popup first={first} ready={ready} />, document.getElementById('app')!);
});
