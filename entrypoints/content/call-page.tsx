import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { analyzePage, type EngineResult } from '../../lib/engine';
import { PAGE_TOO_DEEP, PAGE_TOO_LARGE } from '../../lib/extract';
import { NOT_ARTICLE_SECTION } from '../../lib/extract/reasons';

/** Pages the engine refuses to read (limits against hostile pages): "not analysed", with the reason. */
const REFUSED = new Set<string>([PAGE_TOO_LARGE, PAGE_TOO_DEEP]);
/** Pages that no later rendering makes an article (a section, tag or search page, by its address): reported at once,
 *  not watched for a late article. */
const FINAL = new Set<string>([NOT_ARTICLE_SECTION]);
import { locateHighlights, planHighlights, type HighlightCategory } from '../../lib/highlight';
import type { PageReport, Reply, TabState } from '../../lib/messages';
import { activeSites, getSettings, settingsItem, type Settings } from '../../utils/settings';
import { siteOfUrl } from '../../utils/sites';
import { sendToBackground } from '../../utils/messaging';
import type { PageEngine } from '../../utils/engine-api';
import { Card } from './Card';
import cardCss from './card.css?inline';
import { clear, paint } from './highlighter';

/**
 * The engine's side of a page: read the article, summarise it, report it to the background,
 * highlight its facts and show the card. Runs only where the content script's gate let the page
 * through (the background injects it). It never throws into the page, and outside its own card it
 * never changes the page's DOM.
 */

/** Late pages: the article may arrive after document_idle. Re-read at most this often … */
const LATE_RETRY_MS = 700;
/** … at most this many times, and not after this long. */
const LATE_RETRIES = 4;
const LATE_WINDOW_MS = 20_000;

const CARD_TAG = 'dien-dam-card';
const isOwnUi = (el: Element) => el.tagName.toLowerCase() === CARD_TAG;

export class CallPage {
  private result: EngineResult | null = null;
  private state: TabState | null = null;
  private card: ShadowRootContentScriptUi<void> | null = null;
  private highlighted = new Set<HighlightCategory>();
  private observer: MutationObserver | null = null;
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    // Settings take effect at once (highlighting on/off, per site).
    const unwatch = settingsItem.watch(() => void this.refresh());
    ctx.onInvalidated(() => {
      unwatch();
      this.stop();
    });
  }

  async start(): Promise<void> {
    performance.mark('dien-dam:engine');
    const generation = ++this.generation;
    const found = this.analyse();
    if (found === 'not-call-page') return; // The gate said no: stay out of the way.
    if (found === 'pending') this.watchForLateArticle(generation);
    else await this.report(generation);
  }

  async restart(): Promise<void> {
    this.stop();
    await this.start();
  }

  stop(): void {
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    this.result = null;
    this.state = null;
    this.removeCard();
    clear(document);
  }

  /** Read the page: 'call', 'other' (read, not a call), 'pending' (might still be rendering), 'not-call-page'. */
  private analyse(): 'call' | 'other' | 'pending' | 'not-call-page' {
    try {
      const start = performance.now();
      const result = analyzePage(document, location.href);
      // The engine's main-thread time on this page (gate, extraction, summary), for npm run bench.
      performance.measure('dien-dam:analyse', { start, end: performance.now() });
      if (!result.gate.pass) return 'not-call-page';
      this.result = result;
      if (result.call) return 'call';
      const reason = result.article?.notArticleReason ?? '';
      return result.article?.isArticle === false && !REFUSED.has(reason) && !FINAL.has(reason) ? 'pending' : 'other';
    } catch (e) {
      this.result = null;
      void this.send({ type: 'other-page', url: location.href, analysed: false, reason: (e as Error)?.message ?? String(e) });
      return 'other';
    }
  }

  /**
   * The article text may be rendered by the page's scripts after we ran: re-read it when the
   * page changes, debounced, a few times at most, then give up (no observer running forever).
   */
  private watchForLateArticle(generation: number): void {
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const deadline = Date.now() + LATE_WINDOW_MS;
    const done = () => {
      this.observer?.disconnect();
      this.observer = null;
      if (timer) clearTimeout(timer);
    };
    this.observer = new MutationObserver(() => {
      if (timer || generation !== this.generation) return;
      timer = setTimeout(() => {
        timer = null;
        if (generation !== this.generation) return done();
        tries++;
        const found = this.analyse();
        if (found === 'call' || found === 'other' || tries >= LATE_RETRIES || Date.now() > deadline) {
          done();
          void this.report(generation);
        }
      }, LATE_RETRY_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.ctx.setTimeout(() => {
      if (this.observer && generation === this.generation) {
        done();
        void this.report(generation);
      }
    }, LATE_WINDOW_MS);
  }

  private async report(generation: number): Promise<void> {
    const r = this.result;
    const url = location.href;
    const message: PageReport | null =
      r?.article && r.call && r.detection.isCall
        ? { type: 'call-page', url, article: r.article, record: r.call, confidence: r.detection.confidence }
        : r
          ? { type: 'other-page', url, analysed: !REFUSED.has(r.article?.notArticleReason ?? ''), reason: r.article?.notArticleReason ?? r.detection.reasons[0] ?? '' }
          : null;
    if (!message) return;
    const reply = await this.send(message);
    if (generation !== this.generation) return;
    this.state = reply?.ok ? reply.state : null;
    if (message.type === 'call-page') await this.refresh();
  }

  private send(message: PageReport): Promise<Reply | null> {
    return sendToBackground(message);
  }

  /** Highlights and card, as the settings say. */
  async refresh(): Promise<void> {
    const r = this.result;
    if (!r?.article || !r.call) return;
    const settings = await getSettings();
    const site = siteOfUrl(location.href, activeSites(settings)) ?? location.hostname;
    const highlightOn = settings.highlight && !settings.highlightOffSites.includes(site);
    clear(document);
    this.highlighted.clear();
    if (highlightOn) {
      const located = locateHighlights(document, r.article, planHighlights(r.article, r.call), isOwnUi);
      paint(document, located.ranges);
      for (const c of located.ranges.keys()) this.highlighted.add(c);
    }
    if (settings.cardHiddenSites.includes(site)) this.removeCard();
    else await this.showCard(settings, site, highlightOn);
  }

  private async showCard(settings: Settings, site: string, highlightOn: boolean): Promise<void> {
    const r = this.result!;
    const props = {
      record: r.call!,
      relatedCount: this.state?.relatedCount ?? 0,
      highlighted: new Set(this.highlighted),
      highlightOn,
      onOpen: this.state?.callId !== undefined ? () => void browser.runtime.sendMessage({ type: 'open-record', callId: this.state!.callId! }) : null,
      onHide: () => void settingsItem.setValue({ ...settings, cardHiddenSites: [...new Set([...settings.cardHiddenSites, site])] }),
      onHighlightOff: () => void settingsItem.setValue({ ...settings, highlightOffSites: [...new Set([...settings.highlightOffSites, site])] }),
    };
    if (this.card) {
      render(h(Card, props), this.card.uiContainer);
      return;
    }
    const headline = findHeadline(r.article!.title);
    this.card = await createShadowRootUi(this.ctx, {
      name: CARD_TAG,
      css: cardCss,
      position: 'inline',
      anchor: headline ?? undefined,
      append: headline ? 'after' : 'first',
      isolateEvents: true,
      onMount: (container) => render(h(Card, props), container),
      onRemove: (container) => container && render(null, container),
    });
    this.card.mount();
  }

  private removeCard(): void {
    this.card?.remove();
    this.card = null;
  }
}

/** The page's own headline element (an h1 with the article's title), to put the card under. */
function findHeadline(title: string): Element | null {
  const want = title.replace(/\s+/g, ' ').trim().normalize('NFC');
  for (const h of Array.from(document.querySelectorAll('h1, h2'))) {
    if ((h.textContent ?? '').replace(/\s+/g, ' ').trim().normalize('NFC') === want) return h;
  }
  return document.querySelector('h1');
}

let current: CallPage | null = null;

/** The engine as the content script sees it. */
export const pageEngine: PageEngine = {
  async start(ctx) {
    current?.stop();
    current = new CallPage(ctx);
    await current.start();
  },
  stop() {
    current?.stop();
  },
};
