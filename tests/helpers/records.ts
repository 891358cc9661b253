import type { CallRecord, EarlierCall, Participant } from '../../lib/summarize/types';
import { NO_EVIDENCE } from './call-rows';

/** "2022-02-03" → "3/2", as Vietnamese articles write a day. */
export const dayMonth = (iso: string) => `${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}`;

/** A phone call's record as the engine gives it ("ngày 3/2"), without topics or evidence; `over` replaces any field. */
export function testRecord(date: string | null, participants: Participant[], over: Partial<CallRecord> = {}): CallRecord {
  return {
    kind: 'phone',
    eventDate: date,
    eventDatePartial: date ? `--${date.slice(5)}` : null,
    eventDateExpression: date ? `ngày ${dayMonth(date)}` : null,
    participants,
    initiator: null,
    ordinal: null,
    topics: [],
    agreements: [],
    earlierCalls: [],
    attribution: null,
    evidence: NO_EVIDENCE,
    ...over,
  };
}

/** An earlier call an article mentions ("Trước đó, ngày 31/1, …"). */
export const testEarlierCall = (date: string): EarlierCall => ({
  date,
  datePartial: `--${date.slice(5)}`,
  expression: `ngày ${dayMonth(date)}`,
  evidence: `Trước đó, ngày ${dayMonth(date)}, hai nhà lãnh đạo đã điện đàm.`,
});
