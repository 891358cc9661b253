/**
 * Shapes of the gazetteer tables. The tables themselves live in ./data as plain data
 * (arrays of these records); look-up code in ../gazetteer never hard-codes a name.
 *
 * Every string is written as the Vietnamese press writes it, in NFC, with its normal
 * capitalisation ("Tổng thống", "Điện Kremlin", "Tập Cận Bình"). Matching ignores case
 * and old/new tone placement ("hòa"/"hoà"), so each spelling needs to be listed once;
 * spellings that differ in letters (Moskva / Mátxcơva / Moscow) are listed separately.
 */

/** ISO 3166-1 alpha-2 code ("RU"), or a short code for an international body ("UN", "EU"). */
export type CountryCode = string;

export interface CountryEntry {
  /** ISO 3166-1 alpha-2, upper case. Territories with their own code too ("TW", "HK", "PS", "XK"). */
  code: CountryCode;
  /** The name the Vietnamese press uses most ("Nga", "Mỹ", "Trung Quốc"). */
  name: string;
  /** English short name, for the English UI ("Russia"). */
  en: string;
  /** Other full or short Vietnamese names and foreign spellings seen in the press
   *  ("Liên bang Nga", "LB Nga", "Hoa Kỳ", "Ukraina", "CHDCND Triều Tiên"). */
  names?: string[];
  /** Capital-city forms used as metonyms for the government ("Moskva", "Mátxcơva", "Moscow", "Bắc Kinh"). */
  capitals?: string[];
  /** Seats or symbols of government used as metonyms ("Điện Kremlin", "Nhà Trắng", "Điện Elysee", "Phố Downing"). */
  seats?: string[];
  /** One-syllable forms that only stand for the country inside a pair such as "Nga - Pháp",
   *  "Việt - Trung", "Mỹ-Trung" ("Việt", "Trung", "Hàn", "Nhật", "Triều", "Ấn"). Never matched alone. */
  pairForms?: string[];
  /** Who "the country's leader" is ("lãnh đạo Ấn Độ", "các nhà lãnh đạo Nhật Bản") where that is not the head of state: the
   *  head of government of a parliamentary republic, or of a kingdom whose monarch reigns but does not rule. */
  leader?: 'head-of-government';
}

export interface BodyEntry {
  /** Short code used in records: "UN", "EU", "NATO", "ASEAN", "WHO", "IMF", ... */
  code: CountryCode;
  /** Vietnamese name ("Liên hợp quốc"). */
  name: string;
  en: string;
  /** Other names and abbreviations ("LHQ", "Liên Hiệp Quốc", "United Nations", "UN"). */
  names?: string[];
  /** A small grouping's members, when they have not changed in the years the press we read covers: its
   *  leaders' online meeting is a meeting of these countries ("Lãnh đạo G7 họp trực tuyến"). */
  members?: readonly CountryCode[];
  /** The body this one is an organ of, which a call's record names as the side ("Hội đồng Bảo an" is a side of the UN,
   *  with the organ as its title). */
  organOf?: CountryCode;
}

/** What kind of office a title denotes; used to rank participants and to resolve
 *  "Tổng thống Nga" to the person who held that office at the time. */
export type TitleRank =
  | 'head-of-state'
  | 'head-of-government'
  | 'monarch'
  | 'royal'
  | 'party-leader'
  | 'legislature-head'
  | 'foreign-minister'
  | 'minister'
  | 'deputy'
  | 'org-head'
  | 'envoy'
  /** Generic descriptors: "nhà lãnh đạo", "nguyên thủ", "người đứng đầu" — stand for the
   *  country's top leader; resolved through the office-holder table. */
  | 'leader'
  /** "người đồng cấp" — takes the title of the other side. */
  | 'counterpart'
  /** Party, military, parliamentary and agency offices known by the body that follows them
   *  ("Trưởng ban Đối ngoại Trung ương", "Chủ nhiệm Tổng cục Chính trị"): never resolved
   *  through the office-holder table, since the title alone does not say which office. */
  | 'official'
  /** A membership or a military grade that stands before the office in a title chain
   *  ("Ủy viên Bộ Chính trị, …", "Thượng tướng …"): the office after it is the one shown. */
  | 'grade';

export interface TitleEntry {
  /** Stable id, kebab-case ASCII ("tong-thong", "bo-truong-ngoai-giao"). */
  id: string;
  /** Canonical Vietnamese form ("Tổng thống"). */
  name: string;
  /** English, for the English UI ("President"). */
  en: string;
  rank: TitleRank;
  /** Other forms of the same title ("Bộ trưởng Bộ Ngoại giao" for "Bộ trưởng Ngoại giao"). Longest match wins
   *  over shorter titles, so "Phó Thủ tướng" never reads as "Thủ tướng". */
  forms?: string[];
  /** The bare word of a rank ("Bộ trưởng" before a ministry the table does not hold: "Bộ trưởng Công Thương"): it says the
   *  rank, not the office, so any office of that rank a leader held is the one it names. */
  anyOfRank?: boolean;
  /** An office over a city or a region ("Thị trưởng", "Thống đốc"): a capital right after it is the place it governs and so
   *  the person's country ("Thị trưởng Seoul …"), where after another title it is an envoy's post ("Đại sứ … Hà Nội"). */
  governsPlace?: boolean;
}

/** An office a leader held: title id (from the titles table) and the time span. Dates are
 *  "YYYY-MM-DD" when known, else "YYYY"; `to` is absent while the person is still in office. */
export interface Office {
  title: string;
  /** Country or body the office belongs to, when it differs from the leader's country
   *  (e.g. a UN Secretary-General: country "PT", office body "UN"). */
  of?: CountryCode;
  from: string;
  to?: string;
}

export interface LeaderEntry {
  /** Stable id, kebab-case ASCII ("vladimir-putin"). */
  id: string;
  /** The form Vietnamese readers know best, used for display ("Vladimir Putin", "Tập Cận Bình"). */
  name: string;
  /** Country of the person (ISO alpha-2). */
  country: CountryCode;
  /** Full-name variants that are safe to match anywhere: Latin, Sino-Vietnamese, Vietnamese
   *  phonetic, with and without hyphens, family-name-first and last ("Xi Jinping", "Tập Cận Bình";
   *  "Kishida Fumio", "Fumio Kishida"; "Vla-đi-mia Pu-tin"). Also a bare surname when it is
   *  distinctive enough to stand alone in a news text ("Putin", "Macron", "Zelensky"). */
  variants: string[];
  /** Short forms that are only this person right after a title: "Thủ tướng Chính",
   *  "Chủ tịch Tập", "Tổng thống Yoon", "Thủ tướng Lý" (write just the short form: "Chính", "Tập").
   *  Use this for ambiguous surnames (Lee, Kim, Li, Wang, Lý) and Vietnamese given names. */
  titledForms?: string[];
  offices: Office[];
}
