/**
 * Publication dates. Vietnamese outlets write them as machine-readable meta tags or JSON-LD
 * (often without a time zone: the site's local time, +07:00), as a date line in the page
 * ("07-01-2026 - 21:25 PM", "23.12.2024 | 11:17 AM", "Thứ bảy, 7/3/2026, 10:00 (GMT+7)",
 * "Thứ Sáu, 06:30, 19/05/2017"), or only in the article id of the address
 * ("...-20260307075519174.htm", "...-188260306224841.chn"). Everything is returned as ISO 8601
 * in Vietnam's time zone: "2026-03-07T07:55:19+07:00".
 */

const VN_OFFSET_MINUTES = 7 * 60;

const pad = (n: number) => String(n).padStart(2, '0');

/** Format an instant (ms since epoch) as local time in +07:00. */
export function toVietnamIso(ms: number): string {
  const d = new Date(ms + VN_OFFSET_MINUTES * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`;
}

function validParts(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): boolean {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Local Vietnamese wall-clock time to an instant. */
function vietnamLocal(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | null {
  if (!validParts(y, mo, d, h, mi, s)) return null;
  return Date.UTC(y, mo - 1, d, h, mi, s) - VN_OFFSET_MINUTES * 60_000;
}

/** A machine date from a meta tag or JSON-LD: ISO with or without zone (no zone = Vietnam time). */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m) return parseInvariantDate(v);
  const [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  if (!validParts(y, mo, d, h, mi, s)) return null;
  const zone = m[7];
  if (!zone) return toVietnamIso(vietnamLocal(y, mo, d, h, mi, s)!);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  if (zone === 'Z') return toVietnamIso(utc);
  const z = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
  const offset = (z[1] === '-' ? -1 : 1) * (+z[2]! * 60 + +z[3]!);
  return toVietnamIso(utc - offset * 60_000);
}

/**
 * A server's date in the invariant culture of .NET, which some CMSs put in their metadata ("3/24/2024 7:12:35 AM" in
 * meta[itemprop=datePublished]): month first, a 12-hour clock with its AM or PM (which is what marks the form), the
 * Vietnam time of the page.
 */
function parseInvariantDate(v: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AP]M)$/i.exec(v);
  if (!m) return null;
  const [mo, d, y, h12, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  if (h12 < 1 || h12 > 12) return null;
  const h = (h12 % 12) + (m[7]!.toUpperCase() === 'PM' ? 12 : 0);
  if (!validParts(y, mo, d, h, mi, s)) return null;
  return toVietnamIso(vietnamLocal(y, mo, d, h, mi, s)!);
}

/**
 * A date line written for people: day/month/year (separators / . -), an optional time "21:25"
 * (with a redundant "AM/PM", or a real 12-hour "9:25 PM"), an optional "GMT+7".
 */
export function parseDisplayDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ');
  const date = /(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)/.exec(t);
  let y: number, mo: number, d: number;
  if (date) {
    [d, mo, y] = [+date[1]!, +date[2]!, +date[3]!];
  } else {
    const isoDate = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(t);
    if (!isoDate) return null;
    [y, mo, d] = [+isoDate[1]!, +isoDate[2]!, +isoDate[3]!];
  }
  let h = 0;
  let mi = 0;
  const time = /(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?!\d)(?:\s*:\s*\d{2})?\s*(AM|PM|SA|CH)?/i.exec(t);
  if (time) {
    h = +time[1]!;
    mi = +time[2]!;
    const half = time[3]?.toUpperCase();
    if ((half === 'PM' || half === 'CH') && h < 12) h += 12;
    if ((half === 'AM' || half === 'SA') && h === 12) h = 0;
  }
  const local = vietnamLocal(y, mo, d, h, mi);
  if (local === null) return null;
  const gmt = /GMT\s*([+-])\s*(\d{1,2})/i.exec(t);
  if (gmt) {
    const offset = (gmt[1] === '-' ? -1 : 1) * +gmt[2]! * 60;
    return toVietnamIso(local + (VN_OFFSET_MINUTES - offset) * 60_000);
  }
  return toVietnamIso(local);
}

/** An address's path, or null when it is none. */
function pathOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The year and month an address files its article under without a day ("/2019/10/925883/…"): "YYYY-MM", or null. */
export function monthFromUrl(url: string | null | undefined): string | null {
  // "/2020/11/…", or a month's folder "/202011/…" (tuyenquangtv.vn, baoquangbinh.vn).
  const m = /\/((?:19|20)\d{2})\/?(0[1-9]|1[0-2]|(?<=\/\d{4}\/)[1-9])\//.exec(pathOf(url) ?? '');
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}` : null;
}

/**
 * The date hidden in an article address: tuoitre/nld/baochinhphu ids start with
 * yyyyMMddHHmmss ("-20260307075519174.htm"), cafef/VCCorp ids with "188" + yyMMddHHmmss,
 * some outlets put /yyyy/mm/dd/ in the path.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  const path = pathOf(url);
  if (!path) return null;
  const full = /-(20\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d{0,4}\.(?:htm|html|chn|vn)$/.exec(path);
  if (full) {
    const ms = vietnamLocal(+full[1]!, +full[2]!, +full[3]!, +full[4]!, +full[5]!, +full[6]!);
    if (ms !== null) return toVietnamIso(ms);
  }
  const vcc = /-188(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\d*\.chn$/.exec(path);
  if (vcc) {
    const ms = vietnamLocal(2000 + +vcc[1]!, +vcc[2]!, +vcc[3]!, +vcc[4]!, +vcc[5]!, +vcc[6]!);
    if (ms !== null) return toVietnamIso(ms);
  }
  const dated = /\/(20\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(path);
  if (dated) {
    const ms = vietnamLocal(+dated[1]!, +dated[2]!, +dated[3]!);
    if (ms !== null) return toVietnamIso(ms);
  }
  return null;
}

/** The local (Vietnam) calendar date of an ISO timestamp: "2026-01-07T21:25:00+07:00" → "2026-01-07". */
export function localDate(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}
