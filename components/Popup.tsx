import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { GATE_NOT_DIPLOMATIC, GATE_NO_CALL_WORDS } from '../lib/detect/gate-reasons';
import {
  NO_ARTICLE_TEXT, NO_PAGE_TEXT, NOT_AN_ARTICLE, NOT_ARTICLE_LIST, NOT_ARTICLE_SECTION, NOT_ENOUGH_TEXT, PAGE_TOO_DEEP, PAGE_TOO_LARGE, PAGE_UNREADABLE,
} from '../lib/extract/reasons';
import type { StoreError, TabState } from '../lib/messages';
import type { RelatedTimeline, TimelineArticle } from '../lib/store';
import { CallCard } from './CallCard';
import { ask, checkedTabState, collectionUrl, currentTabState, db, noteOf, openInTab, sendNote, storeModule } from './data';
import { t, uiLanguage } from './i18n';
import { NoteEditor } from './NoteEditor';
import { SearchPanel } from './SearchPanel';
import { ListingPanel } from './ListingPanel';
import { SearchEarlier } from './SearchEarlier';
import { ErrorState, Loading } from './States';
import { currentTabId } from '../utils/tab-state';
import { Timeline, type RelatedGroups } from './Timeline';

type View = { phase: 'loading' } | { phase: 'ready'; tab: TabState | null } | { phase: 'error'; message: string };

/**
 * The toolbar popup: the current page's call, its related calls; elsewhere, the latest calls and
 * search. `first` is the tab's state as stored (firstTabState), `ready` that state when it came
 * before the first render.
 */
export function Popup({ first, ready = null }: { first: Promise<TabState | null>; ready?: { tab: TabState | null } | null }) {
  const [view, setView] = useState<View>(ready ? { phase: 'ready', tab: ready.tab } : { phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Whether the tab is a list page whose checklist stands in for the "not a call article" notice; null until asked, so
  // that the notice does not show for a moment before the checklist takes its place.
  const [listing, setListing] = useState<boolean | null>(null);

  useEffect(() => {
    (async () => {
      try {
        // Load the collection's code and open it while the state comes and is checked: the
        // related calls (or the latest calls) need it right after the record is shown.
        db().catch(() => undefined);
        // A retry asks the background again.
        const shown = attempt === 0 ? await first : await currentTabState();
        if (!ready || attempt > 0) setView({ phase: 'ready', tab: shown });
        // A failed check leaves what is shown as it is: saving or unsaving asks again.
        const checked = shown && (await checkedTabState(shown).catch(() => null));
        if (checked) setView({ phase: 'ready', tab: checked });
      } catch (e) {
        setView({ phase: 'error', message: (e as Error).message });
      }
    })();
  }, [attempt]);

  return (
    <div class="popup">
      <header class="app-head">
        <span class="logo" aria-hidden="true">☎</span>
        <h1>{t('appName')}</h1>
        <button type="button" class="link-button" data-testid="open-collection" onClick={() => openInTab(collectionUrl())}>
          {t('openCollection')}
        </button>
      </header>
      <main>
        {view.phase === 'loading' && <Loading />}
        {view.phase === 'error' && <ErrorState title={t('popupError')} detail={view.message} onRetry={() => setAttempt((n) => n + 1)} />}
        {view.phase === 'ready' && view.tab?.status === 'call' && <CurrentCall tab={view.tab} onChange={(tab) => setView({ phase: 'ready', tab })} />}
        {view.phase === 'ready' && view.tab?.status !== 'call' && (
          <>
            {view.tab?.status === 'other' && listing === false && (
              <p class="notice" data-testid="not-call">
                {notCallReason(view.tab.reason ?? '')}
              </p>
            )}
            {view.tab?.status === 'not-analysed' && (
              <p class="notice" data-testid="not-analysed">
                {t('notAnalysed', notAnalysedReason(view.tab.reason ?? ''))}
              </p>
            )}
            <ListingOfTab tabId={view.tab?.tabId ?? null} onListing={setListing} />
            <SearchPanel limit={8} />
          </>
        )}
      </main>
    </div>
  );
}

/** The checklist of a list page, for the popup's tab (its id from the tab's state, else asked for). */
function ListingOfTab({ tabId, onListing }: { tabId: number | null; onListing: (shown: boolean) => void }) {
  const [id, setId] = useState<number | null>(tabId);
  useEffect(() => {
    if (tabId !== null) setId(tabId);
    else void currentTabId().then(setId, () => onListing(false));
  }, [tabId]);
  return id === null ? null : <ListingPanel tabId={id} onListing={onListing} />;
}

/** The content script's reason (lib/extract/reasons.ts) in the UI's language; an unknown one as it came. */
function notAnalysedReason(reason: string): string {
  if (reason === PAGE_TOO_LARGE) return t('reasonPageTooLarge');
  if (reason === PAGE_TOO_DEEP) return t('reasonPageTooDeep');
  if (reason.startsWith(PAGE_UNREADABLE)) return t('reasonPageUnreadable');
  return reason;
}

/**
 * Why the page is not a call article, in the UI's language: the gate's reasons (lib/detect/gate.ts) and why a page is
 * not an article (lib/extract/reasons.ts) have words of their own; the detection's (Vietnamese, one per page) are
 * given as they are in the Vietnamese UI.
 */
function notCallReason(reason: string): string {
  const why = GATE_REASONS[reason] ? t(GATE_REASONS[reason]!) : uiLanguage() === 'vi' && reason ? reason : '';
  return why ? `${t('notCallPage')}: ${why}` : `${t('notCallPage')}.`;
}

/** The gate's reasons for turning a page down (lib/detect/gate.ts) and the extractor's for a page that is not an
 *  article (lib/extract/reasons.ts), and their messages. */
const GATE_REASONS: Record<string, string> = {
  [GATE_NO_CALL_WORDS]: 'gateNoCallWords',
  [GATE_NOT_DIPLOMATIC]: 'gateNotDiplomatic',
  [NO_PAGE_TEXT]: 'articleNoPageText',
  [NO_ARTICLE_TEXT]: 'articleNoText',
  [NOT_ARTICLE_SECTION]: 'articleSection',
  [NOT_ARTICLE_LIST]: 'articleList',
  [NOT_ENOUGH_TEXT]: 'articleTooShort',
  [NOT_AN_ARTICLE]: 'articleNoSigns',
};

function storeErrorText(e: StoreError): string {
  return t(`storeError_${e.kind}`);
}

/** What the reader can do about it; the browser's own message only when the cause is unknown. */
function storeErrorHint(e: StoreError): string {
  return e.kind === 'unknown' ? e.message : t(`storeErrorHint_${e.kind}`);
}

function CurrentCall({ tab, onChange }: { tab: TabState; onChange: (tab: TabState) => void }) {
  const [busy, setBusy] = useState(false);
  // The related calls as the background found them when it saved the call: shown with the
  // record at once, then replaced by what the collection holds now (other tabs may have saved
  // calls since).
  const [timeline, setTimeline] = useState<RelatedTimeline | null>(tab.timeline ?? null);
  const [relatedError, setRelatedError] = useState<string | null>(null);
  const related: RelatedGroups | null = tab.saved ? timeline : null;
  const articles = useMemo(() => new Map<number, TimelineArticle>((timeline?.articles ?? []).map((a) => [a.id, a])), [timeline]);

  useEffect(() => {
    if (tab.timeline) setTimeline(tab.timeline);
  }, [tab.timeline]);

  useEffect(() => {
    if (!tab.saved || tab.callId === undefined) return;
    (async () => {
      try {
        setTimeline(await (await storeModule()).relatedTimeline(await db(), tab.callId!));
        setRelatedError(null);
      } catch (e) {
        setRelatedError((e as Error).message);
      }
    })();
  }, [tab.saved, tab.callId]);

  // Save and Remove replace each other: the focus goes on to the one that took its place
  // (the button pressed is disabled meanwhile and then gone, which would leave it on the page's body).
  // (An effect of the render that disabled it may run only after the reply came: `busy` in its
  // closure tells it the reply is not rendered yet.)
  const saveBar = useRef<HTMLDivElement>(null);
  const acted = useRef(false);
  useEffect(() => {
    if (!acted.current || busy) return;
    acted.current = false;
    saveBar.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  });

  const act = async (type: 'save-tab-call' | 'unsave-tab-call') => {
    setBusy(true);
    const reply = await ask({ type, tabId: tab.tabId });
    acted.current = true;
    setBusy(false);
    if (reply.ok && reply.state) onChange(reply.state);
    else if (!reply.ok) onChange({ ...tab, error: reply.error });
  };

  const loadNote = useCallback(() => (tab.callId === undefined ? Promise.resolve('') : noteOf(tab.callId)), [tab.callId]);
  const saveNote = useCallback((text: string) => (tab.callId === undefined ? Promise.resolve() : sendNote(tab.callId, text)), [tab.callId]);

  return (
    <>
      <CallCard record={tab.record!} article={tab.article} />
      {tab.error && <ErrorState title={storeErrorText(tab.error)} detail={storeErrorHint(tab.error)} onRetry={() => void act('save-tab-call')} />}
      <div class="save-bar" ref={saveBar}>
        {tab.saved ? (
          <>
            <span class="saved" data-testid="saved">
              ✓ {t('saved')}
            </span>
            <button type="button" class="button button-quiet" disabled={busy} onClick={() => void act('unsave-tab-call')} data-testid="unsave">
              {t('unsave')}
            </button>
          </>
        ) : (
          <button type="button" class="button" disabled={busy} onClick={() => void act('save-tab-call')} data-testid="save">
            {t('save')}
          </button>
        )}
      </div>
      <SearchEarlier record={tab.record!} articleUrl={tab.article?.canonicalUrl ?? tab.article?.url ?? tab.url} />
      {tab.saved && tab.callId !== undefined ? <NoteEditor key={tab.callId} load={loadNote} save={saveNote} /> : <p class="muted">{t('saveToNote')}</p>}
      {relatedError && <ErrorState title={t('storeError')} detail={relatedError} />}
      {tab.saved && (related ? <Timeline related={related} articles={articles} /> : !relatedError && <Loading label={t('loadingRelated')} />)}
    </>
  );
}
