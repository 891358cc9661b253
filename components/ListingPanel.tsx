import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueItem, QueueState } from '../lib/listing/queue';
import type { ListingReply, ListingRequest, ListingState } from '../lib/messages';
import { t, tCount } from './i18n';
import { ErrorState } from './States';
import { ask } from './data';

/** How often the popup asks for the progress of a running save. */
const POLL_MS = 400;


/** What became of one ticked article, in words. */
function itemText(item: QueueItem): string {
  if (item.state === 'failed') {
    if (item.reason === 'http') return t('listingItem_http', item.status ?? '?');
    if (item.reason === 'timeout') return t('listingItem_timeout');
    if (item.reason === 'not-html') return t('listingItem_notHtml');
    if (item.reason === 'store') return t('listingItem_store');
    return t('listingItem_network');
  }
  return t(`listingItem_${item.state === 'not-call' ? 'notCall' : item.state}`);
}

/** "Thêm 5, gộp 2, bỏ qua 1 (1 không phải cuộc gọi, 0 lỗi tải)". */
export function summaryText(run: QueueState): string {
  const { added, merged, notCall, failed } = run.counts;
  const skipped = notCall + failed;
  const why = [notCall && t('listingSkipNotCall', notCall), failed && t('listingSkipFailed', failed)].filter(Boolean).join(', ');
  return `${t('listingSummary', added, merged, skipped)}${why ? ` (${why})` : ''}.`;
}

/**
 * On a list, category, tag or search page: the teasers that report a call, as a checklist (the
 * saved ones shown as saved and left unticked), saving the ticked ones, its progress, cancel, and
 * what it came to. Renders nothing on any other page. Teasers are page text: shown as text only.
 */
export function ListingPanel({ tabId, onListing }: { tabId: number; onListing?: (shown: boolean) => void }) {
  const [listing, setListing] = useState<ListingState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const initialised = useRef(false);
  const wasRunning = useRef(false);

  const show = (reply: ListingReply) => {
    if (!reply.ok) return setError(reply.error.message);
    setError(null);
    setListing(reply.listing);
    onListing?.(!!reply.listing);
    const run = reply.listing?.run ?? null;
    if (reply.listing && !initialised.current) {
      initialised.current = true;
      setTicked(new Set(reply.listing.teasers.filter((x) => !x.saved).map((x) => x.url)));
    } else if (wasRunning.current && run && run.status !== 'running') {
      // A run just ended: what failed or was not reached stays ticked, to try again; the rest is done.
      setTicked(new Set(run.items.filter((i) => i.state === 'failed' || i.state === 'cancelled').map((i) => i.url)));
    }
    wasRunning.current = run?.status === 'running';
  };

  useEffect(() => {
    ask({ type: 'get-listing', tabId }).then(show, (e) => {
      setError((e as Error).message);
      onListing?.(false);
    });
  }, [tabId]);

  const running = listing?.run?.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void ask({ type: 'get-listing', tabId }).then(show, () => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [running, tabId]);

  if (error) return <ErrorState title={t('listingError')} detail={error} />;
  if (!listing) return null;
  if (!listing.teasers.length) {
    return (
      <p class="muted listing-none" data-testid="listing-none">
        {t('listingNone')}
      </p>
    );
  }

  const run = listing.run;
  const outcome = new Map((run?.items ?? []).map((i) => [i.url, i]));
  const toggle = (url: string) => {
    const next = new Set(ticked);
    if (next.has(url)) next.delete(url);
    else next.add(url);
    setTicked(next);
  };
  const chosen = listing.teasers.filter((x) => ticked.has(x.url)).map((x) => x.url);
  const act = async (request: ListingRequest) => {
    setBusy(true);
    try {
      show(await ask(request));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const finished = run ? run.items.filter((i) => i.state !== 'waiting' && i.state !== 'loading').length : 0;

  return (
    <section class="listing" data-testid="listing" aria-labelledby="listing-title">
      <h2 id="listing-title" data-testid="listing-title">
        {tCount('listingFound', listing.teasers.length)}
      </h2>
      <p class="muted listing-hint">{t('listingHint')}</p>
      <div class="listing-tools">
        <button type="button" class="text-button" disabled={running} onClick={() => setTicked(new Set(listing.teasers.map((x) => x.url)))}>
          {t('listingSelectAll')}
        </button>
        <button type="button" class="text-button" disabled={running} onClick={() => setTicked(new Set())}>
          {t('listingSelectNone')}
        </button>
      </div>
      <ul class="listing-items">
        {listing.teasers.map((x) => {
          const done = outcome.get(x.url);
          return (
            <li key={x.url} class="listing-item" data-testid="listing-item" data-url={x.url}>
              <label>
                <input type="checkbox" checked={ticked.has(x.url)} disabled={running} onChange={() => toggle(x.url)} data-testid="listing-check" />
                <span class="listing-text">
                  <span class="listing-headline">{x.title}</span>
                  {x.saved && !(done && (done.state === 'added' || done.state === 'merged')) && (
                    <span class="listing-saved" data-testid="listing-saved">
                      ✓ {t('listingSavedAlready')}
                    </span>
                  )}
                  {done && done.state !== 'waiting' && (
                    <span class={`listing-outcome outcome-${done.state}`} data-testid="listing-outcome" data-state={done.state}>
                      {done.state === 'added' || done.state === 'merged' ? '✓ ' : ''}
                      {itemText(done)}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {running && run ? (
        <div class="listing-progress" role="status" aria-live="polite">
          <progress max={run.items.length} value={finished} />
          <span>{t('listingProgress', Math.min(finished + 1, run.items.length), run.items.length)}</span>
          <button type="button" class="button button-quiet" disabled={busy} onClick={() => void act({ type: 'cancel-listing', tabId })} data-testid="listing-cancel">
            {t('listingCancel')}
          </button>
        </div>
      ) : (
        <div class="save-bar">
          <button type="button" class="button" disabled={busy || !chosen.length} onClick={() => void act({ type: 'save-listing', tabId, urls: chosen })} data-testid="listing-save">
            {tCount('listingSave', chosen.length)}
          </button>
        </div>
      )}
      {run && run.status !== 'running' && (
        <p class="listing-summary" role="status" data-testid="listing-summary">
          {summaryText(run)}
          {run.status === 'cancelled' && ` ${t('listingCancelled')}`}
        </p>
      )}
    </section>
  );
}
