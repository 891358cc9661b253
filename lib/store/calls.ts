/**
 * Writing to the store: saveCall, unsaveArticle, deleteCalls, setNote.
 *
 * Every function runs in ONE read-write transaction over the tables: either everything is
 * written or nothing is (a QuotaExceededError, or any other failure, aborts the transaction and
 * propagates unchanged, so that the caller can tell the user "bộ nhớ đầy"). IndexedDB runs
 * read-write transactions on the same tables one after the other, so two saves of the same call
 * started at the same time (two tabs, Promise.all) see each other's writes: they end as one call.
 *
 * Rules (see keys.ts for the keys):
 * - An article is stored once per urlKey. Saving it again updates its text fields, keeps its id,
 *   first address and savedAt, and writes nothing when nothing changed.
 * - An article reports one call (the engine reads one CallRecord per article). The same call from
 *   two outlets (same participants, date and kind → same callKey) is one call with two articleIds.
 * - A call with no date, or fewer than two known participants, cannot be matched: it is keyed by
 *   its article.
 * - Each earlier call the article mentions (with a date or a partial date) is linked by
 *   `mentionedIn`: to the reported call(s) of that event when there are any, else to a
 *   "mentioned" call (mentioned = 1) created for it, with the participants of the article's call.
 *   A mentioned call has kind "phone" (the press says "điện đàm" for both; the mention does not
 *   tell) and no topics of its own.
 * - When a phone or video call is saved and a mentioned call of the same event (same eventKey)
 *   exists, the mentioned call becomes the reported one: same id, note and mentionedIn.
 * - A planned call ("dự kiến điện đàm") is NOT merged with the phone/video call reported later on
 *   the same date, nor with mentions: an announcement is a different fact from the call (it may
 *   not happen, or happen otherwise), and relatedCalls lists both side by side (same pair). Its
 *   callKey starts with "planned|".
 * - When nothing reports a call any more but articles still mention it, it goes back to being a
 *   mentioned call; when nothing reports or mentions it, it is deleted with its note.
 */
import { Dexie } from 'dexie';
import { canonicalizeUrl } from '../extract/url';
import type { Article } from '../extract/types';
import type { CallRecord, EarlierCall, Participant } from '../summarize/types';
import {
  TEXT_KEY_PREFIX,
  articleKeyFor,
  articleKeyOf,
  callKeyOf,
  countryKeysOf,
  eventDateOf,
  eventKeyOf,
  mentionKeyOf,
  pairKeysOf,
  participantKeyOf,
  participantKeysOf,
  relatedKeysOf,
  timelineRowOf,
  searchTokensOf,
  sortDateOf,
  topicKeysOf,
} from './keys';
import { chartLineOf, ChartLines } from './chart-lines';
import { CountryPairCounts } from './country-pairs';
import { inTransaction, type CallStore, type StoreTables } from './schema';
import type { CallFields, CallNote, SaveCallInput, SaveCallResult, SavedArticle, SavedCall, UnsaveResult } from './types';

/** Kind given to calls that are only mentioned: the mention does not say, "điện đàm" is the usual word. */
export const MENTIONED_CALL_KIND = 'phone' as const;

/** Fields computed from the others by `writeCall`; callers never set them. */
type DerivedField = 'participantKeys' | 'countryKeys' | 'pairKeys' | 'countryPairKeys' | 'topicKeys' | 'searchTokens' | 'sortDate' | 'relatedKeys';
/** A call about to be written: derived fields are recomputed, `id` is absent for a new call. */
type CallDraft = Omit<SavedCall, 'id' | DerivedField> & { id?: number };

const toIso = (d: Date | string | undefined) => (d === undefined ? new Date().toISOString() : typeof d === 'string' ? d : d.toISOString());

// ---- Comparing records (writes are skipped when nothing changed) ----

/** JSON with object keys sorted, so that two equal records give the same string. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Equal apart from the time of the last change. */
const sameRecord = (a: object, b: object) => stableJson({ ...a, updatedAt: null }) === stableJson({ ...b, updatedAt: null });

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string = (x) => String(x)): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const x of b) {
    const k = key(x);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

const without = (ids: readonly number[], id: number) => ids.filter((x) => x !== id);
const withId = (ids: readonly number[], id: number) => (ids.includes(id) ? [...ids] : [...ids, id]);

// ---- Articles ----

function articleFields(a: Article, urlKey: string): Omit<SavedArticle, 'id' | 'savedAt'> {
  return {
    urlKey,
    url: canonicalizeUrl(a.url) ?? a.url ?? a.canonicalUrl,
    canonicalUrl: a.canonicalUrl,
    title: a.title,
    lead: a.lead,
    text: a.text,
    siteName: a.siteName,
    publishedAt: a.publishedAt,
    author: a.author,
    attribution: a.attribution,
  };
}

/** Insert the article, or refresh the stored one (keeping its id, first address and savedAt). */
async function upsertArticle(t: StoreTables, a: Article, savedAt: string): Promise<{ article: SavedArticle; created: boolean }> {
  const urlKey = articleKeyFor(a);
  const fields = articleFields(a, urlKey);
  const existing = await t.articles.where('urlKey').equals(urlKey).first();
  if (!existing) {
    const id = await t.articles.put({ ...fields, savedAt });
    return { article: { ...fields, savedAt, id }, created: true };
  }
  const article: SavedArticle = {
    ...existing,
    ...fields,
    // What a later read does not know does not erase what an earlier one did.
    url: existing.url ?? fields.url,
    canonicalUrl: fields.canonicalUrl ?? existing.canonicalUrl,
    siteName: fields.siteName ?? existing.siteName,
    publishedAt: fields.publishedAt ?? existing.publishedAt,
    author: fields.author ?? existing.author,
    attribution: fields.attribution ?? existing.attribution,
  };
  if (!sameRecord(existing, article)) await t.articles.put(article);
  return { article, created: false };
}

async function findArticle(t: StoreTables, urlKeyOrId: string | number): Promise<SavedArticle | undefined> {
  if (typeof urlKeyOrId === 'number') return t.articles.get(urlKeyOrId);
  const exact = await t.articles.where('urlKey').equals(urlKeyOrId).first();
  if (exact || urlKeyOrId.startsWith(TEXT_KEY_PREFIX)) return exact;
  const key = articleKeyOf(urlKeyOrId);
  return key ? t.articles.where('urlKey').equals(key).first() : undefined;
}

// ---- Calls ----

/** The CallRecord fields of a call, copied from the engine's record. */
function recordFields(r: CallRecord): CallFields {
  return {
    kind: r.kind,
    eventDate: r.eventDate,
    eventDatePartial: r.eventDatePartial,
    eventDateExpression: r.eventDateExpression,
    participants: r.participants.map((p) => ({ ...p })),
    initiator: r.initiator,
    ordinal: r.ordinal,
    topics: [...r.topics],
    agreements: [...r.agreements],
    earlierCalls: r.earlierCalls.map((e) => ({ ...e })),
    attribution: r.attribution,
    evidence: r.evidence,
  };
}

/** Participants of a stored call, with what another report adds (a title, a name) filled in. */
function mergeParticipants(stored: readonly Participant[], added: readonly Participant[]): Participant[] {
  return stored.map((p) => {
    const key = participantKeyOf(p);
    const q = key ? added.find((x) => participantKeyOf(x) === key) : undefined;
    if (!q) return p;
    return { name: p.name ?? q.name, title: p.title ?? q.title, country: p.country ?? q.country, leaderId: p.leaderId ?? q.leaderId };
  });
}

/**
 * A call reported by one more article (or the same one again): the first report's fields stay,
 * lists gain what the new report adds. Merging the same record twice gives the same result.
 */
function mergeFields(stored: CallFields, r: CallRecord): CallFields {
  return {
    ...stored,
    eventDate: stored.eventDate ?? r.eventDate,
    eventDatePartial: stored.eventDatePartial ?? r.eventDatePartial,
    eventDateExpression: stored.eventDateExpression ?? r.eventDateExpression,
    participants: mergeParticipants(stored.participants, r.participants),
    initiator: stored.initiator ?? r.initiator,
    ordinal: stored.ordinal ?? r.ordinal,
    topics: union(stored.topics, r.topics),
    agreements: union(stored.agreements, r.agreements),
    earlierCalls: union(stored.earlierCalls, r.earlierCalls, (e) => `${e.date}|${e.datePartial}|${e.expression}`),
    attribution: stored.attribution ?? r.attribution,
  };
}

/** The fields of a call known only from a mention ("Trước đó, ngày 31/1, hai nhà lãnh đạo …"). */
function mentionFields(ec: EarlierCall, participants: readonly Participant[]): CallFields {
  return {
    kind: MENTIONED_CALL_KIND,
    eventDate: ec.date,
    eventDatePartial: ec.datePartial ?? (ec.date ? `--${ec.date.slice(5, 10)}` : null),
    eventDateExpression: ec.expression,
    participants: participants.map((p) => ({ ...p })),
    initiator: null,
    ordinal: null,
    topics: [],
    agreements: [],
    earlierCalls: [],
    attribution: null,
    evidence: { kind: null, eventDate: ec.evidence, participants: [], initiator: null, ordinal: null, topics: {}, agreements: [], earlierCalls: [ec.evidence] },
  };
}

const callByKey = (t: StoreTables, callKey: string) => t.calls.where('callKey').equals(callKey).first();

/**
 * Write a call with its derived fields recomputed (index keys, search tokens from its articles
 * and note, sort date). Nothing is written when the result equals `previous`; otherwise
 * updatedAt becomes `now`.
 */
async function writeCall(t: StoreTables, draft: CallDraft, previous: SavedCall | null, now: string): Promise<SavedCall> {
  const articles = (await t.articles.bulkGet(draft.articleIds)).filter((a): a is SavedArticle => !!a);
  const note = draft.id === undefined ? undefined : await t.notes.where('callId').equals(draft.id).first();
  const participantKeys = participantKeysOf(draft.participants);
  const countryKeys = countryKeysOf(draft.participants);
  const keyed = {
    ...draft,
    participantKeys,
    countryKeys,
    pairKeys: pairKeysOf(participantKeys),
    countryPairKeys: pairKeysOf(countryKeys),
    topicKeys: topicKeysOf(draft.topics),
    searchTokens: searchTokensOf(draft, { articles, note: note?.text ?? null }),
    sortDate: sortDateOf(draft, articles[0]),
  };
  const next = { ...keyed, relatedKeys: relatedKeysOf(keyed) };
  if (previous && sameRecord(previous, next)) return previous;
  const row = { ...next, updatedAt: now };
  // The keys the countryPairs table counts are those of the timeline row being replaced, read
  // here rather than taken from `previous` (a caller's copy may be older than the row).
  const before = draft.id === undefined ? undefined : await t.timeline.get(draft.id);
  const id = await t.calls.put(row);
  const saved = { ...row, id };
  await t.timeline.put(timelineRowOf(saved));
  const counts = new CountryPairCounts();
  if (before) counts.add(before.relatedKeys, -1);
  counts.add(saved.relatedKeys);
  await counts.writeTo(t.countryPairs);
  // The chart's line changes with the date, kind, mention or pairs only (not with a note or an article's title).
  if (!before || chartLineOf(before) !== chartLineOf(saved)) {
    const lines = new ChartLines();
    lines.put(saved);
    await lines.writeTo(t.chart);
  }
  return saved;
}

/** Delete calls and their notes. */
async function deleteCallRows(t: StoreTables, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  const counts = new CountryPairCounts();
  for (const row of await t.timeline.bulkGet([...ids])) if (row) counts.add(row.relatedKeys, -1);
  await t.notes.where('callId').anyOf(ids).delete();
  await t.calls.bulkDelete([...ids]);
  await t.timeline.bulkDelete([...ids]);
  await counts.writeTo(t.countryPairs);
  const lines = new ChartLines();
  for (const id of ids) lines.remove(id);
  await lines.writeTo(t.chart);
}

/**
 * After articles were unlinked from a call: delete it when nothing reports or mentions it; turn
 * it back into a mentioned call when only mentions are left; else refresh its derived fields.
 * Returns true when the call was deleted.
 */
async function settleCall(t: StoreTables, call: SavedCall, previous: SavedCall, now: string): Promise<boolean> {
  if (!call.articleIds.length && !call.mentionedIn.length) {
    await deleteCallRows(t, [call.id]);
    return true;
  }
  let draft: SavedCall = call;
  if (!call.articleIds.length && !call.mentioned && call.eventKey) {
    const mentionKey = mentionKeyOf(call.eventKey);
    const other = await callByKey(t, mentionKey);
    if (other && other.id !== call.id) {
      // Another mentioned call of the same event exists (a phone and a video call of one day
      // both lost their articles): keep one, with both mentions and both notes.
      await moveNote(t, call.id, other.id, now);
      await writeCall(t, { ...other, mentionedIn: union(other.mentionedIn, call.mentionedIn) }, other, now);
      await deleteCallRows(t, [call.id]);
      return true;
    }
    draft = { ...call, mentioned: 1, callKey: mentionKey };
  }
  await writeCall(t, draft, previous, now);
  return false;
}

/** Give a call's note to another call (appended when that call has a note already). */
async function moveNote(t: StoreTables, fromCallId: number, toCallId: number, now: string): Promise<void> {
  const from = await t.notes.where('callId').equals(fromCallId).first();
  if (!from) return;
  const to = await t.notes.where('callId').equals(toCallId).first();
  await t.notes.delete(from.id);
  await t.notes.put(to ? { ...to, text: `${to.text}\n\n${from.text}`, updatedAt: now } : { callId: toCallId, text: from.text, updatedAt: now });
}

/**
 * Remove an article and every link to it, inside the caller's transaction. Calls it alone
 * reported or mentioned are deleted (see settleCall). Returns the ids of the deleted calls.
 */
async function removeArticleInTx(t: StoreTables, article: SavedArticle, now: string): Promise<number[]> {
  const id = article.id;
  const linked = new Map<number, SavedCall>();
  for (const c of await t.calls.where('articleIds').equals(id).toArray()) linked.set(c.id, c);
  for (const c of await t.calls.where('mentionedIn').equals(id).toArray()) linked.set(c.id, c);
  await t.articles.delete(id);
  const deleted: number[] = [];
  for (const c of linked.values()) {
    const next = { ...c, articleIds: without(c.articleIds, id), mentionedIn: without(c.mentionedIn, id) };
    if (await settleCall(t, next, c, now)) deleted.push(c.id);
  }
  return deleted;
}

// ---- saveCall ----

/**
 * Save an article and the call it reports (and the earlier calls it mentions), in one
 * transaction. Idempotent: saving the same article and record again writes nothing and returns
 * created = false.
 */
export async function saveCall(db: CallStore, input: SaveCallInput): Promise<SaveCallResult> {
  const now = toIso(input.savedAt);
  return inTransaction(db, 'rw', (t) => saveInTx(t, input, now));
}

async function saveInTx(t: StoreTables, { article: input, record }: SaveCallInput, now: string): Promise<SaveCallResult> {
  const { article, created: articleCreated } = await upsertArticle(t, input, now);
  const aid = article.id;

  const participantKeys = participantKeysOf(record.participants);
  const eventKey = eventKeyOf(eventDateOf(record), participantKeys);
  const callKey = callKeyOf(record.kind, eventKey, article.urlKey);

  // Calls this article reported under another key (it was saved before and read differently).
  const reportedBefore = await t.calls.where('articleIds').equals(aid).toArray();
  const stale = reportedBefore.filter((c) => c.callKey !== callKey);

  // The reported call: the stored one, else a mention of the same event to promote, else (when
  // the article's earlier reading was its only source) that call rewritten, else a new one.
  let created = false;
  let draft: CallDraft;
  let previous: SavedCall | null = null;
  const stored = reportedBefore.find((c) => c.callKey === callKey) ?? (await callByKey(t, callKey));
  const mention = !stored && eventKey && record.kind !== 'planned' ? await callByKey(t, mentionKeyOf(eventKey)) : undefined;
  const reusable = !stored && !mention ? stale.find((c) => c.articleIds.length === 1 && !c.mentionedIn.length) : undefined;
  if (stored) {
    previous = stored;
    draft = { ...stored, ...mergeFields(stored, record), articleIds: withId(stored.articleIds, aid) };
  } else {
    created = true;
    const base = mention ?? reusable;
    previous = base ?? null;
    draft = {
      ...recordFields(record),
      ...(base ? { id: base.id, createdAt: base.createdAt } : { createdAt: now }),
      callKey,
      eventKey,
      mentioned: 0,
      articleIds: [aid],
      mentionedIn: mention ? without(mention.mentionedIn, aid) : [],
      updatedAt: now,
    };
  }
  const call = await writeCall(t, draft, previous, now);

  for (const c of stale) {
    if (c.id === reusable?.id) continue;
    await settleCall(t, { ...c, articleIds: without(c.articleIds, aid) }, c, now);
  }

  await linkMentions(t, article, record, participantKeys, eventKey, now);
  return { call: (await t.calls.get(call.id)) ?? call, article, created, articleCreated };
}

/** Link the earlier calls the article mentions; drop the links an earlier reading made and this one does not. */
async function linkMentions(t: StoreTables, article: SavedArticle, record: CallRecord, participantKeys: string[], ownEventKey: string | null, now: string): Promise<void> {
  const aid = article.id;
  const wanted = new Map<string, EarlierCall>();
  for (const ec of record.earlierCalls) {
    const key = eventKeyOf(ec.date ?? ec.datePartial, participantKeys);
    if (key && key !== ownEventKey && !wanted.has(key)) wanted.set(key, ec);
  }

  for (const c of await t.calls.where('mentionedIn').equals(aid).toArray()) {
    if (c.eventKey && wanted.has(c.eventKey)) continue;
    await settleCall(t, { ...c, mentionedIn: without(c.mentionedIn, aid) }, c, now);
  }

  for (const [eventKey, ec] of wanted) {
    const sameEvent = await t.calls.where('eventKey').equals(eventKey).toArray();
    // A call that was reported (phone or video) takes the mention; else the mentioned call.
    const reported = sameEvent.filter((c) => !c.mentioned && c.kind !== 'planned');
    const targets = reported.length ? reported : sameEvent.filter((c) => c.mentioned);
    for (const target of targets) {
      if (!target.mentionedIn.includes(aid)) await writeCall(t, { ...target, mentionedIn: [...target.mentionedIn, aid] }, target, now);
    }
    if (targets.length) continue;
    await writeCall(
      t,
      {
        ...mentionFields(ec, record.participants),
        callKey: mentionKeyOf(eventKey),
        eventKey,
        mentioned: 1,
        articleIds: [],
        mentionedIn: [aid],
        createdAt: now,
        updatedAt: now,
      },
      null,
      now,
    );
  }
}

// ---- Removing ----

/**
 * Remove a saved article (by urlKey, address or id) and unlink it from its calls. Calls left with
 * no article and no mention are deleted with their notes; a reported call still mentioned by
 * other articles becomes a mentioned call.
 */
export async function unsaveArticle(db: CallStore, urlKeyOrId: string | number): Promise<UnsaveResult> {
  const now = toIso(undefined);
  return inTransaction(db, 'rw', async (t) => {
    const article = await findArticle(t, urlKeyOrId);
    if (!article) return { article: null, deletedCallIds: [] };
    const deletedCallIds = await removeArticleInTx(t, article, now);
    return { article, deletedCallIds };
  });
}

/**
 * Delete calls with their notes. Articles that no longer report any call are removed too, with
 * the links they made (mentioned calls only they mentioned disappear).
 */
export async function deleteCalls(db: CallStore, ids: readonly number[]): Promise<{ deletedCallIds: number[]; deletedArticleIds: number[] }> {
  const now = toIso(undefined);
  return inTransaction(db, 'rw', async (t) => {
    const calls = (await t.calls.bulkGet([...ids])).filter((c): c is SavedCall => !!c);
    const deletedCallIds = calls.map((c) => c.id);
    await deleteCallRows(t, deletedCallIds);
    const deletedArticleIds: number[] = [];
    const touched = new Set(calls.flatMap((c) => [...c.articleIds, ...c.mentionedIn]));
    for (const aid of touched) {
      if ((await t.calls.where('articleIds').equals(aid).count()) > 0) continue;
      const article = await t.articles.get(aid);
      if (!article) continue;
      deletedCallIds.push(...(await removeArticleInTx(t, article, now)));
      deletedArticleIds.push(aid);
    }
    return { deletedCallIds, deletedArticleIds };
  });
}

// ---- Notes ----

/**
 * Set the user's note on a call (empty or blank text removes it) and refresh the call's search
 * tokens, so that the note's words find the call. Returns the note, or null when removed.
 */
export async function setNote(db: CallStore, callId: number, text: string, at?: Date | string): Promise<CallNote | null> {
  const now = toIso(at);
  return inTransaction(db, 'rw', async (t) => {
    const call = await t.calls.get(callId);
    if (!call) throw new Dexie.NotFoundError(`No saved call with id ${callId}`);
    const existing = await t.notes.where('callId').equals(callId).first();
    const clean = text.trim();
    let note: CallNote | null = null;
    if (!clean) {
      if (existing) await t.notes.delete(existing.id);
    } else if (existing && existing.text === clean) {
      note = existing;
    } else {
      const row = { ...(existing ? { id: existing.id } : {}), callId, text: clean, updatedAt: now };
      note = { ...row, id: await t.notes.put(row) };
    }
    await writeCall(t, call, call, now);
    return note;
  });
}
