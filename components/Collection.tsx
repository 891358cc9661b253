import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { COUNTRIES } from '../lib/gazetteer/data/countries';
import type { SavedArticle, SavedCall } from '../lib/store';
import { TOPICS } from '../lib/summarize/data/topics';
import type { CallKind } from '../lib/summarize/types';
import { articlesOf, CallList } from './CallList';
import { db, storeModule } from './data';
import { t, tCount, uiLanguage } from './i18n';
import { CallDetail } from './CallDetail';
import { CollectionCharts, type ChartFilters } from './CollectionCharts';
import { ExportMenu } from './ExportMenu';
import { ImportButton } from './ImportButton';
import { RecordOpener } from './RecordLink';
import { EXPORT_LIMIT } from './SearchPanel';
import { SettingsPanel } from './Settings';
import { Empty, ErrorState, Loading } from './States';

interface Filters {
  text: string;
  kind: CallKind | '';
  country: string;
  topic: string;
  from: string;
  to: string;
  /** The other country of a pair (the charts' edges): calls with both `country` and it. */
  partner: string;
  /** One leader, or a pair ("a|b"), as participant keys (the charts' leader view). */
  leaders: string;
  /** How the charts named the pair or leader, for its chip (the select has no such option). */
  pairLabel: string;
}
const NO_FILTERS: Filters = { text: '', kind: '', country: '', topic: '', from: '', to: '', partner: '', leaders: '', pairLabel: '' };

/** The store's search query for the filters (empty fields left out). */
function queryOf(f: Filters) {
  return {
    text: f.text.trim() || undefined,
    kind: f.kind || undefined,
    country: f.country || undefined,
    countries: f.partner ? [f.partner] : undefined,
    leaders: f.leaders ? f.leaders.split('|') : undefined,
    topic: f.topic || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
  };
}
const PAGE = 100;

/** The list's order: by the call's date (the collection's own), or by when its articles were saved. */
type Order = 'date' | 'saved';

/** When the call's newest article (or the one mentioning it) was saved. */
function savedAtOf(call: SavedCall, articles: Map<number, SavedArticle>): string {
  return [...call.articleIds, ...call.mentionedIn].reduce((latest, id) => {
    const at = articles.get(id)?.savedAt ?? '';
    return at > latest ? at : latest;
  }, '');
}

type Tab = 'calls' | 'settings';
const TABS: ReadonlyArray<[Tab, string]> = [
  ['calls', 'tabCalls'],
  ['settings', 'tabSettings'],
];
/** What the address shows: ?view=settings, ?call=N (a record), else the list. */
interface Route {
  tab: Tab;
  callId: number | null;
}
function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  const call = params.get('call') ?? '';
  return { tab: params.get('view') === 'settings' ? 'settings' : 'calls', callId: /^\d+$/.test(call) ? Number(call) : null };
}
/**
 * What this page keeps in a history entry: for the list, where it was scrolled to (and which
 * record was opened from it, focused again on return); for a record, how many records were
 * opened one from another since the list (what "back to the list" goes back over).
 */
interface Entry {
  scrollY?: number;
  opened?: number;
  depth?: number;
}
const entry = (): Entry => (history.state as Entry | null) ?? {};

/**
 * The full-page view of the collection: browse, filter, delete many; a call's record; settings.
 * The address follows what is shown (a record is ?call=N), so "back" and a reload work as on
 * any site; the list stays as it was (filters, loaded rows, scroll) while a record is open.
 */
export function Collection() {
  const [route, setRoute] = useState<Route>(() => routeOf(location.search));
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // This page puts the list back where it was itself, once its rows are there again.
    history.scrollRestoration = 'manual';
    const onPop = () => setRoute(routeOf(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // After each change of view: a record starts at its top with the focus on "back"; the list
  // comes back where it was, with the focus on the record's link it was left by.
  useLayoutEffect(() => {
    if (route.tab !== 'calls') return;
    if (route.callId !== null) {
      scrollTo(0, 0);
      back.current?.focus({ preventScroll: true });
      return;
    }
    const { scrollY, opened } = entry();
    if (opened !== undefined) document.querySelector<HTMLElement>(`[data-call-id="${opened}"] .record-link`)?.focus({ preventScroll: true });
    if (scrollY !== undefined) scrollTo(0, scrollY);
  }, [route]);

  const openRecord = useCallback((callId: number) => {
    const from = entry();
    // Leaving the list: remember where it was.
    if (routeOf(location.search).callId === null) history.replaceState({ ...from, scrollY, opened: callId } satisfies Entry, '');
    history.pushState({ depth: (from.depth ?? 0) + 1 } satisfies Entry, '', `?call=${callId}`);
    setRoute(routeOf(location.search));
  }, []);

  const toList = () => {
    const depth = entry().depth ?? 0;
    // Back over the records opened since the list, to the list's own entry (and its scroll);
    // a record opened directly (from the popup, the in-page card, a bookmark) has none: the list is a new entry.
    if (depth > 0) history.go(-depth);
    else {
      history.pushState({} satisfies Entry, '', location.pathname);
      setRoute(routeOf(''));
    }
  };

  const showTab = (tab: Tab) => {
    history.replaceState({} satisfies Entry, '', tab === 'settings' ? '?view=settings' : location.pathname);
    setRoute({ tab, callId: null });
  };

  const { tab, callId } = route;
  /** The tabs as the ARIA tabs pattern has them: the arrows (and Home, End) move to a tab and show it. */
  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.findIndex(([id]) => id === tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const [next] = TABS[(to + TABS.length) % TABS.length]!;
    showTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <RecordOpener.Provider value={openRecord}>
      <div class="collection">
        <header class="app-head wide">
          <span class="logo" aria-hidden="true">☎</span>
          <h1>{t('collectionTitle')}</h1>
          <nav class="tabs" role="tablist" aria-label={t('collectionTitle')} onKeyDown={onTabKey}>
            {TABS.map(([id, label]) => (
              <button
                type="button"
                role="tab"
                id={`tab-${id}`}
                aria-controls="tab-panel"
                aria-selected={tab === id}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => showTab(id)}
                data-testid={`tab-${id}`}
                key={id}
              >
                {t(label)}
              </button>
            ))}
          </nav>
        </header>
        <main>
          <div id="tab-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
            {tab === 'settings' ? (
              <SettingsPanel />
            ) : (
              <>
                {callId !== null && (
                  <div class="record-view">
                    <button type="button" class="button button-quiet back" onClick={toList} ref={back} data-testid="back-to-list">
                      ← {t('backToList')}
                    </button>
                    <CallDetail key={callId} callId={callId} />
                  </div>
                )}
                {/* Kept while a record is shown, so that the list comes back as it was. */}
                <Calls hidden={callId !== null} />
              </>
            )}
          </div>
        </main>
      </div>
    </RecordOpener.Provider>
  );
}

function Calls({ hidden }: { hidden: boolean }) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [calls, setCalls] = useState<SavedCall[] | null>(null);
  const [articles, setArticles] = useState<Map<number, SavedArticle>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [limit, setLimit] = useState(PAGE);
  const [order, setOrder] = useState<Order>('date');

  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      try {
        const store = await storeModule();
        const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
        // By saving time: the whole collection from the articles' savedAt index; the matches of a
        // search all read and put in that order.
        let found =
          order === 'date'
            ? await store.searchCalls(await db(), { ...queryOf(filters), limit })
            : filtered
              ? await store.searchCalls(await db(), { ...queryOf(filters), limit: EXPORT_LIMIT })
              : await store.latestSavedCalls(await db(), limit, { includeMentioned: true });
        let arts = await articlesOf(await db(), found);
        if (order === 'saved' && filtered) {
          found = found
            .map((c) => [savedAtOf(c, arts), c] as const)
            .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
            .slice(0, limit)
            .map(([, c]) => c);
          arts = await articlesOf(await db(), found);
        }
        const count = await store.countCalls(await db(), { includeMentioned: true });
        if (!live) return;
        setCalls(found);
        setArticles(arts);
        setTotal(count);
        setError(null);
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filters, version, limit, order]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const chartQuery = useMemo(() => queryOf(filters), [filters]);
  const countries = useMemo(() => {
    // One collator for the whole sort: localeCompare with a locale builds one per comparison (≈ 2,000 of them, 10–20 ms of the page's first render).
    const { compare } = new Intl.Collator(uiLanguage());
    const nameOf = (c: (typeof COUNTRIES)[number]) => (uiLanguage() === 'vi' ? c.name : c.en);
    return [...COUNTRIES].sort((a, b) => compare(nameOf(a), nameOf(b)));
  }, []);
  const set = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setLimit(PAGE);
  };
  const chartFilters = useMemo<ChartFilters>(() => ({
    onPeriod: (from, to) => set({ from, to }),
    onPair: (by, a, b, pairLabel) => set(by === 'country' ? { country: a, partner: b, leaders: '', pairLabel } : { country: '', partner: '', leaders: `${a}|${b}`, pairLabel }),
    onNode: (by, key, pairLabel) => set(by === 'country' ? { country: key, partner: '', leaders: '', pairLabel: '' } : { country: '', partner: '', leaders: key, pairLabel }),
  }), []);
  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  /** After a deletion: the row the focus goes to (the one after the last deleted, else before), or the search field. */
  const focusAfter = useRef<number | 'search' | null>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null || calls === null) return;
    focusAfter.current = null;
    const row = target === 'search' ? null : document.querySelector<HTMLElement>(`[data-call-id="${target}"] .row-check`);
    (row ?? search.current)?.focus();
  }, [calls]);

  const removeSelected = async () => {
    if (!selected.size || !confirm(tCount('confirmDelete', selected.size))) return;
    try {
      const ids = (calls ?? []).map((c) => c.id!);
      const last = Math.max(...ids.map((id, i) => (selected.has(id) ? i : -1)));
      const kept = (from: number, step: number) => {
        for (let i = from; i >= 0 && i < ids.length; i += step) if (!selected.has(ids[i]!)) return ids[i]!;
        return null;
      };
      focusAfter.current = kept(last + 1, 1) ?? kept(last - 1, -1) ?? 'search';
      await (await storeModule()).deleteCalls(await db(), [...selected]);
      setSelected(new Set());
      setVersion((v) => v + 1);
    } catch (e) {
      focusAfter.current = null;
      setError((e as Error).message);
    }
  };

  return (
    <section class="calls" hidden={hidden}>
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('filters')}>
        <input ref={search} type="search" data-testid="collection-search" placeholder={t('searchPlaceholder')} title={t('searchHint')} aria-label={t('search')} value={filters.text} onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value })} />
        <select aria-label={t('kind')} value={filters.kind} onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as CallKind | '' })}>
          <option value="">{t('kindAll')}</option>
          <option value="phone">{t('kind_phone')}</option>
          <option value="video">{t('kind_video')}</option>
          <option value="planned">{t('kind_planned')}</option>
        </select>
        <select aria-label={t('country')} value={filters.country} onChange={(e) => set({ country: (e.currentTarget as HTMLSelectElement).value, partner: '', pairLabel: '' })}>
          <option value="">{t('countryAll')}</option>
          {countries.map((c) => (
            <option value={c.code} key={c.code}>
              {uiLanguage() === 'vi' ? c.name : c.en}
            </option>
          ))}
        </select>
        <select aria-label={t('topic')} value={filters.topic} onChange={(e) => set({ topic: (e.currentTarget as HTMLSelectElement).value })}>
          <option value="">{t('topicAll')}</option>
          {TOPICS.map((topic) => (
            <option value={topic.label} key={topic.id}>
              {uiLanguage() === 'vi' ? topic.label : topic.en}
            </option>
          ))}
        </select>
        <label class="date-range">
          {t('from')} <input type="date" value={filters.from} onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <label class="date-range">
          {t('to')} <input type="date" value={filters.to} onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <select aria-label={t('order')} value={order} data-testid="order" onChange={(e) => {
          setOrder((e.currentTarget as HTMLSelectElement).value as Order);
          setLimit(PAGE);
        }}>
          <option value="date">{t('orderByDate')}</option>
          <option value="saved">{t('orderBySaved')}</option>
        </select>
        {(filters.partner || filters.leaders) && (
          <span class="chip filter-chip" data-testid="pair-filter">
            {t(filters.partner || filters.leaders.includes('|') ? 'pairFilter' : 'leaderFilter', filters.pairLabel)}
            <button type="button" aria-label={t('removePairFilter', filters.pairLabel)} onClick={() => set({ ...(filters.partner && { country: '' }), partner: '', leaders: '', pairLabel: '' })}>
              ✕
            </button>
          </span>
        )}
        {filtered && (
          <button type="button" class="button button-quiet" onClick={() => set(NO_FILTERS)}>
            {t('clearFilters')}
          </button>
        )}
      </form>

      <CollectionCharts query={chartQuery} version={version} filtered={filtered} filters={chartFilters} />

      <div class="toolbar">
        <span class="muted" data-testid="count">
          {calls && total !== null ? tCount('showingCount', total, [calls.length, total]) : ''}
        </span>
        <div class="toolbar-actions">
          <ImportButton onDone={() => setVersion((v) => v + 1)} />
          <button type="button" class="button button-danger" disabled={!selected.size} onClick={() => void removeSelected()} data-testid="delete-selected">
            {t('deleteSelected', selected.size)}
          </button>
        </div>
      </div>
      <ExportMenu
        label={filtered ? t('exportShown') : t('exportAll')}
        calls={async () => (filtered ? (await storeModule()).searchCalls(await db(), { ...queryOf(filters), limit: EXPORT_LIMIT }) : undefined)}
      />

      {error ? (
        <ErrorState title={t('storeError')} detail={error} onRetry={() => setVersion((v) => v + 1)} />
      ) : calls === null ? (
        <Loading />
      ) : calls.length === 0 ? (
        <Empty title={total ? t('searchNone') : t('collectionEmpty')}>{!total && <p>{t('collectionEmptyHint')}</p>}</Empty>
      ) : (
        <>
          <CallList calls={calls} articles={articles} selectable selected={selected} onToggle={toggle} label={t('tabCalls')} />
          {calls.length >= limit && (
            <button type="button" class="button button-quiet more" onClick={() => setLimit((l) => l + PAGE)}>
              {t('showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
