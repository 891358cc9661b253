/**
 * File names of the exports.
 *
 * - Downloads are named after the product and the day of the export, in Vietnam's time zone
 *   (UTC+07:00, no daylight saving), whatever the machine's zone: an export made at 01:30 in Hà
 *   Nội on 22/11 is "dien-dam-2026-11-22.json", not "…-11-21…".
 * - Markdown notes (one per call) are named after the call: date + participants,
 *   "2022-02-03-vladimir-putin-emmanuel-macron.md", made unique within one export.
 */
import { foldKey, normalizeText } from '../text/vietnamese';
import type { Participant } from '../summarize/types';
import type { SavedCall } from '../store/types';

/** A file for the UI layer to download (lib/ never touches the DOM or extension APIs). */
export interface ExportFile {
  fileName: string;
  data: Uint8Array;
  mime: string;
}

/** Vietnam's offset from UTC, in minutes (UTC+07:00 all year round). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60_000;

/** Every download starts with this. */
export const EXPORT_FILE_PREFIX = 'dien-dam';

/** The kinds of file the export layer produces, and their extensions. */
export const EXPORT_EXTENSIONS = {
  json: '.json',
  csv: '.csv',
  md: '.md',
  zip: '.zip',
  csl: '.csl.json',
} as const;
export type ExportFileKind = keyof typeof EXPORT_EXTENSIONS;

/** The calendar date ("YYYY-MM-DD") of an instant in Vietnam. */
export function vietnamDateOf(at: Date): string {
  return new Date(at.getTime() + VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS).toISOString().slice(0, 10);
}

/** "dien-dam-2026-11-22.json" for a JSON export made on 22/11/2026 (Vietnam time). */
export function exportFileName(kind: ExportFileKind, now: Date): string {
  return `${EXPORT_FILE_PREFIX}-${vietnamDateOf(now)}${EXPORT_EXTENSIONS[kind]}`;
}

// ---- Note names (Markdown) ----

/** Longest note name, without extension: file systems and Obsidian cope, and names stay readable. */
export const NOTE_NAME_MAX_LENGTH = 80;
/** Date part of a note name when the call has no date at all. */
const UNDATED = 'khong-ro-ngay';
/** Year part of a partial date ("--01-31" → "xxxx-01-31"). */
const UNKNOWN_YEAR = 'xxxx';
/** Suffix telling calls of the same day and people apart by kind (a phone call and its announcement). */
const KIND_SUFFIX: Readonly<Record<SavedCall['kind'], string>> = { phone: '', video: '-truc-tuyen', planned: '-du-kien' };

/** ASCII slug: "Tập Cận Bình" → "tap-can-binh"; '' when nothing is left. */
export function slugify(text: string): string {
  return foldKey(normalizeText(text))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of one participant: the gazetteer id, else the name, else title + country. */
function participantSlug(p: Participant): string {
  if (p.leaderId) return slugify(p.leaderId);
  return slugify(p.name ?? [p.title, p.country].filter(Boolean).join(' '));
}

/** Cut a slug to `max` characters at a word boundary. */
function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/**
 * The base name of a call's note, without extension: "2022-02-03-vladimir-putin-emmanuel-macron".
 * Only [a-z0-9-], so it is safe on every file system and as an Obsidian [[link]].
 */
export function noteNameOf(call: Pick<SavedCall, 'eventDate' | 'eventDatePartial' | 'participants' | 'kind'>): string {
  const date = call.eventDate ?? (call.eventDatePartial ? UNKNOWN_YEAR + call.eventDatePartial.slice(1) : UNDATED);
  const people = call.participants.map(participantSlug).filter(Boolean).join('-') || 'dien-dam';
  return cutSlug(`${date}-${people}`, NOTE_NAME_MAX_LENGTH - KIND_SUFFIX[call.kind].length) + KIND_SUFFIX[call.kind];
}

/**
 * Make names unique, in order: the first keeps its name, the next ones get "-2", "-3"…
 * (compared without case, as on Windows and macOS file systems).
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
