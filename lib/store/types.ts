/**
 * Shapes of what the store keeps. Three tables:
 *
 * - `articles`: one row per article (the page), keyed by `urlKey` so that the same article reached
 *   from Facebook, over http or https, or on the mobile site is stored once.
 * - `calls`: one row per call. A call is either *reported* (an article is about it; `articleIds`)
 *   or only *mentioned* (`mentioned = 1`: an article refers to it in passing, "Trước đó, ngày 28
 *   và 31/1 …"; `mentionedIn`). A reported call can be mentioned by other articles too.
 * - `notes`: the user's note on a call, at most one per call.
 * - `timeline` (schema v4): one small row per call, what relatedCalls reads (TimelineRow): the
 *   fields a timeline shows and the keys that group related calls, without the call's evidence,
 *   topics and agreements. Written with the call, in the same transaction.
 * - `countryPairs` (schema v5): for each pair of countries, how many calls each group of leader
 *   pairs has there (CountryPairRow), so that relatedCalls knows which parts of a country pair's
 *   calls it may pass over. Kept with the timeline rows, in the same transactions.
 * - `chart` (schema v6): what the collection's charts read of each call (ChartCall), one line of
 *   text per call, 64 calls to a row (chart-lines.ts). Kept with the timeline rows too.
 *
 * Every `…Keys` / `searchTokens` field of SavedCall is derived (lib/store/keys.ts) and exists to be
 * indexed (multiEntry), on the calls or on their timeline rows: the queries in lib/store/query.ts
 * never scan a whole table.
 */
import type { Article } from '../extract/types';
import type { CallKind, CallRecord } from '../summarize/types';

/** IndexedDB has no boolean keys: flags that are indexed are 0 / 1. */
export type Flag = 0 | 1;

export interface SavedArticle {
  id: number;
  /** Identity of the article: its address without protocol, "www."/"m." prefix, tracking
   *  parameters, #hash and trailing slash ("vnexpress.net/nga-phap-dien-dam-123.html").
   *  Articles without an address get "text:<hash of title and text>". Unique. */
  urlKey: string;
  /** The address it was read from (or its canonical address when read without one). */
  url: string | null;
  canonicalUrl: string | null;
  title: string;
  lead: string;
  text: string;
  siteName: string | null;
  publishedAt: string | null;
  author: string | null;
  attribution: string | null;
  /** ISO timestamp of the first save; a later save of the same article keeps it. */
  savedAt: string;
}

/** The fields a call takes from the engine's CallRecord. */
export type CallFields = Pick<
  CallRecord,
  | 'kind'
  | 'eventDate'
  | 'eventDatePartial'
  | 'eventDateExpression'
  | 'participants'
  | 'initiator'
  | 'ordinal'
  | 'topics'
  | 'agreements'
  | 'earlierCalls'
  | 'attribution'
  | 'evidence'
>;

export interface SavedCall extends CallFields {
  id: number;
  /** Identity of the call (unique), see keys.ts `callKeyOf`:
   *  "phone|2022-02-03|emmanuel-macron,vladimir-putin", "mention|2022-01-31|…", "article:<urlKey>". */
  callKey: string;
  /** Date + participants, without the kind: "2022-02-03|emmanuel-macron,vladimir-putin".
   *  Null when the call cannot be matched (no date, fewer than two known participants). */
  eventKey: string | null;
  /** 1 when no saved article reports the call: only mentioned by articles (see `mentionedIn`). */
  mentioned: Flag;
  /** Articles that report this call (multiEntry index). */
  articleIds: number[];
  /** Articles that mention this call as an earlier one (multiEntry index). */
  mentionedIn: number[];
  /** One key per participant: leaderId, else "RU:sergei lavrov", else "RU:ngoai truong" (multiEntry). */
  participantKeys: string[];
  /** Distinct country / body codes of the participants (multiEntry). */
  countryKeys: string[];
  /** Every unordered pair of participant keys, "a|b" with a < b (multiEntry index until schema v3). */
  pairKeys: string[];
  /** Every unordered pair of distinct countries, "FR|RU" (multiEntry index until schema v3). */
  countryPairKeys: string[];
  /** Folded topic labels ("ukraine", "chong khung bo"), for the topic filter (multiEntry, schema v2). */
  topicKeys: string[];
  /** Folded words for the search box (multiEntry); see keys.ts `searchTokensOf`. */
  searchTokens: string[];
  /** Pair, country-pair and participant keys with the sort date, for relatedCalls; see keys.ts
   *  `relatedKeysOf`. Indexed on the calls in schema v3, on the timeline rows from v4. */
  relatedKeys: string[];
  /** "YYYY-MM-DD" used for ordering: the event date, else the first article's publication date,
   *  else "--MM-DD" (sorts before every full date), else "". */
  sortDate: string;
  createdAt: string;
  updatedAt: string;
}

export interface CallNote {
  id: number;
  /** The call the note belongs to (unique: one note per call). */
  callId: number;
  text: string;
  updatedAt: string;
}

// ---- Inputs and results of the store functions ----

export interface SaveCallInput {
  article: Article;
  record: CallRecord;
  /** Time of the save (defaults to now); used for savedAt / createdAt / updatedAt. */
  savedAt?: Date | string;
}

export interface SaveCallResult {
  /** The call the article reports, as stored after the save. */
  call: SavedCall;
  article: SavedArticle;
  /** True when the store did not hold this call as a reported call before: a new record, or a
   *  call that was only mentioned until now. False when the call was already saved (from this
   *  article or from another outlet). */
  created: boolean;
  /** True when the article itself was new to the store. */
  articleCreated: boolean;
}

export interface UnsaveResult {
  /** The removed article, or null when no article had that key or id. */
  article: SavedArticle | null;
  /** Calls deleted because nothing reports or mentions them any more. */
  deletedCallIds: number[];
}

export interface RelatedOptions {
  /** Maximum number of calls in each group (default RELATED_LIMIT). */
  limit?: number;
}

/** Related calls as their timeline rows (getCall / bulkGet gives a whole call). */
export interface RelatedCalls {
  /** Calls between the same pair of leaders (earlier and later), newest first. */
  samePair: TimelineRow[];
  /** Other calls between the same pair of countries, newest first. */
  sameCountries: TimelineRow[];
  /** Other calls with either leader, newest first. */
  sameLeader: TimelineRow[];
}

export interface SearchQuery {
  /** Free text: every word must match (diacritics and case ignored; a word may be a prefix). */
  text?: string;
  /** A participant key (see `participantKeyOf`): "vladimir-putin", "RU:sergei lavrov". */
  leader?: string;
  /** Country or body code ("RU", "UN"). */
  country?: string;
  /** Calls with every one of these countries (a pair of countries: ["FR", "RU"]). */
  countries?: string[];
  /** Calls with every one of these participant keys (a pair of leaders). */
  leaders?: string[];
  /** Topic label, diacritics and case ignored ("Ukraine", "chong khung bo"). */
  topic?: string;
  kind?: CallKind;
  /** Inclusive bounds on sortDate, "YYYY-MM-DD" (a longer ISO string is cut to its date). */
  from?: string;
  to?: string;
  /** true: only mentioned calls; false: only reported calls; absent: both. */
  mentioned?: boolean;
  limit?: number;
  offset?: number;
}

/** What a timeline row shows of a call (components/CallList.tsx, CallRow). */
export type TimelineCall = Pick<SavedCall, 'id' | 'eventDate' | 'eventDatePartial' | 'sortDate' | 'kind' | 'mentioned' | 'participants' | 'articleIds' | 'mentionedIn'>;
/**
 * A call's row in the timeline table (schema v4; keys.ts `timelineRowOf`): what a timeline row
 * shows, and the keys relatedCalls groups by. `id` is the call's id.
 */
export type TimelineRow = TimelineCall & Pick<SavedCall, 'participantKeys' | 'pairKeys' | 'countryPairKeys' | 'relatedKeys'>;
/**
 * The calls of one pair of countries by the leader pairs that make it (schema v5; keys.ts
 * `leaderPairsByCountryPairOf`): { countryPair: "FR|RU", calls: { "emmanuel-macron|vladimir-putin":
 * 391, "emmanuel-macron|sergei-lavrov": 3, "": 1, … } }. Counts the "cp:" keys of the timeline's
 * relatedKeys index; a group without calls is removed, a country pair without calls too.
 */
export interface CountryPairRow {
  countryPair: string;
  /** Number of calls of each group of leader pairs (pair keys joined by ","; "" for none). */
  calls: Record<string, number>;
}
/**
 * What the collection's charts read of a call (the chart table, schema v6; chart-lines.ts): when,
 * which kind, reported or only mentioned, and its pairs of countries and of leaders.
 */
export type ChartCall = Pick<TimelineRow, 'id' | 'sortDate' | 'kind' | 'mentioned' | 'countryPairKeys' | 'pairKeys'>;
/** What a timeline row shows of an article: its link. */
/** An article as a timeline row names it (publishedAt: absent in tab states kept from before it was added). */
export type TimelineArticle = Pick<SavedArticle, 'id' | 'url' | 'title' | 'siteName'> & { publishedAt?: string | null };

/**
 * The related calls of one call as the popup's timeline shows them, small enough to keep with a
 * tab's state (the background computes it when it saves the call, so that the popup can show the
 * timeline with the record, before it opens the collection itself).
 */
export interface RelatedTimeline {
  samePair: TimelineCall[];
  sameCountries: TimelineCall[];
  sameLeader: TimelineCall[];
  /** The articles those calls report or are mentioned in. */
  articles: TimelineArticle[];
}
