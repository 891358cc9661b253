/** The structured record of one diplomatic call, as the engine reads it from an article. */

export type CallKind = 'phone' | 'video' | 'planned';

export interface Participant {
  /** The person's name as the press writes it (the fullest form in the article), or the
   *  gazetteer's name when the article only gives the office; null when unknown. */
  name: string | null;
  /** The title in Vietnamese ("Tổng thống", "Thủ tướng", "Ngoại trưởng"), or null. */
  title: string | null;
  /** ISO 3166-1 alpha-2 code, or an international body's short code ("UN", "EU"); null when unknown. */
  country: string | null;
  /** Gazetteer id of the person when known ("vladimir-putin"); lets the store match people across articles. */
  leaderId: string | null;
}

/** An earlier call the article mentions ("Trước đó, ngày 28 và 31/1, …"). */
export interface EarlierCall {
  /** ISO date, when the year can be known. */
  date: string | null;
  /** "--MM-DD" when only the month and day are known. */
  datePartial: string | null;
  /** The words the date came from ("ngày 28 và 31/1"). */
  expression: string;
  /** The sentence that mentions the call. */
  evidence: string;
}

/** The sentence behind each field, so that a reader can check it. */
export interface CallEvidence {
  kind: string | null;
  eventDate: string | null;
  participants: string[];
  initiator: string | null;
  ordinal: string | null;
  topics: Record<string, string>;
  agreements: string[];
  earlierCalls: string[];
}

export interface CallRecord {
  kind: CallKind;
  /** ISO date of the call ("2017-05-18"), or null when the year (or the day) cannot be known. */
  eventDate: string | null;
  /** "--MM-DD" when the month and day are known (always set together with eventDate). */
  eventDatePartial: string | null;
  /** The words the date came from ("hôm qua (18/5)"). */
  eventDateExpression: string | null;
  participants: Participant[];
  /** Name of the participant who placed or sought the call, or null when the text does not say. */
  initiator: string | null;
  /** 1 for "lần đầu", 3 for "lần thứ 3 trong vòng 7 ngày"; null when not stated. */
  ordinal: number | null;
  /** Topic labels from the topic table, in Vietnamese ("Ukraine", "chống khủng bố"). */
  topics: string[];
  /** Agreement clauses ("nhất trí duy trì các cuộc tiếp xúc"). */
  agreements: string[];
  earlierCalls: EarlierCall[];
  /** Source attribution of the article ("vov.vn", "TTXVN"). */
  attribution: string | null;
  evidence: CallEvidence;
}
