/**
 * The store of saved calls (IndexedDB through Dexie). Pure: no extension API, so it runs in the
 * background service worker, in extension pages and in Node tests (fake-indexeddb).
 *
 *   const db = await openCallStore();
 *   const { call, created } = await saveCall(db, { article, record });
 *   const { samePair, sameCountries, sameLeader } = await relatedCalls(db, call);
 *   const found = await searchCalls(db, { text: 'dien dam putin', from: '2022' });
 */
export { CallStore, openCallStore, inTransaction, rootCause, declareVersions, SCHEMA_VERSION, SCHEMA_VERSIONS, DEFAULT_STORE_NAME, type SchemaVersion, type StoreTables } from './schema';
export { saveCall, unsaveArticle, deleteCalls, setNote, MENTIONED_CALL_KIND } from './calls';
export {
  relatedCalls,
  relatedTimeline,
  searchCalls,
  latestCalls,
  latestSavedCalls,
  getCall,
  getNote,
  callForArticle,
  countCalls,
  chartCalls,
  timelineRowsOf,
  byNewest,
  RELATED_LIMIT,
  SEARCH_LIMIT,
  LATEST_LIMIT,
  type RelatedFrom,
} from './query';
export {
  articleKeyOf,
  articleKeyFor,
  participantKeyOf,
  participantKeysOf,
  eventKeyOf,
  callKeyOf,
  mentionKeyOf,
  searchWords,
  timelineCallOf,
  timelineRowOf,
  KIND_WORDS,
} from './keys';
export type {
  SavedArticle,
  SavedCall,
  CallNote,
  CallFields,
  Flag,
  SaveCallInput,
  SaveCallResult,
  UnsaveResult,
  RelatedCalls,
  RelatedOptions,
  RelatedTimeline,
  TimelineCall,
  TimelineRow,
  ChartCall,
  TimelineArticle,
  SearchQuery,
} from './types';
