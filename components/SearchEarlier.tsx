import { searchUrlFor } from '../lib/listing/search';
import type { CallRecord } from '../lib/summarize/types';
import { openInTab } from './data';
import { t } from './i18n';

/**
 * "Find earlier calls": the article's site's own search for the two sides' names and "điện đàm",
 * in a new tab, where the list page's checklist offers the calls it finds. Nothing when the site's
 * search is unknown or the call names nobody.
 */
export function SearchEarlier({ record, articleUrl }: { record: Pick<CallRecord, 'participants'>; articleUrl: string | null | undefined }) {
  const url = searchUrlFor(record, articleUrl);
  if (!url) return null;
  return (
    <p class="search-earlier">
      <button type="button" class="button button-quiet" title={t('searchEarlierHint')} onClick={() => openInTab(url)} data-testid="search-earlier">
        {t('searchEarlier')}
      </button>
    </p>
  );
}
