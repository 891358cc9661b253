/**
 * Messages of the import, in Vietnamese (the UI's default language): short, and naming the
 * record and field at fault ("calls[3].participants phải là một danh sách"). Paths use the
 * file's own structure, with indexes from 0, so that a reader can find the place in the file.
 */

/** Numbers as Vietnamese readers write them: 500.000. */
const num = (n: number) => n.toLocaleString('vi-VN');
/** Sizes in megabytes (of text: one character counted as one byte, as for ASCII JSON). */
const mb = (chars: number) => `${num(Math.ceil(chars / (1024 * 1024)))} MB`;

export const MSG = {
  empty: 'Tệp rỗng.',
  notOurs: 'Tệp này không phải bản xuất của Điện đàm.',
  tooLarge: (chars: number, max: number) => `Tệp quá lớn (${mb(chars)}, tối đa ${mb(max)}).`,
  tooManyRecords: (n: number, max: number) => `Tệp có quá nhiều bản ghi (${num(n)}, tối đa ${num(max)}).`,
  syntax: (line: number, column: number, detail: string | null) => `Dòng ${num(line)}, cột ${num(column)}: JSON không hợp lệ${detail ? ` (${detail})` : ''}.`,
  syntaxNoPosition: (detail: string) => `JSON không hợp lệ: ${detail}`,
  /** A broken file too large to be read whole (to locate the error): the engine caps the length of a text. */
  brokenTooLarge: (bytes: number) => `JSON không hợp lệ, và tệp quá lớn (${mb(bytes)}) để chỉ ra vị trí lỗi. Hãy dùng một bản xuất khác.`,
  schemaMissing: 'Thiếu schemaVersion: không biết tệp được xuất từ phiên bản nào.',
  schemaInvalid: (v: unknown) => `schemaVersion không hợp lệ (${JSON.stringify(v) ?? String(v)}).`,
  schemaNewer: (v: number, supported: number) =>
    `Tệp được xuất từ phiên bản mới hơn của tiện ích (lược đồ ${v}; bản đang dùng đọc đến lược đồ ${supported}). Hãy cập nhật tiện ích rồi nhập lại.`,
  moreErrors: (n: number) => `… và ${num(n)} lỗi khác.`,

  // Fields
  missing: (path: string) => `${path} bị thiếu`,
  notObject: (path: string) => `${path} phải là một đối tượng`,
  notList: (path: string) => `${path} phải là một danh sách`,
  notString: (path: string) => `${path} phải là một chuỗi`,
  notStringOrNull: (path: string) => `${path} phải là một chuỗi hoặc null`,
  emptyString: (path: string) => `${path} không được để trống`,
  notId: (path: string) => `${path} phải là một số nguyên dương`,
  notIntegerOrNull: (path: string) => `${path} phải là một số nguyên hoặc null`,
  notFlag: (path: string) => `${path} phải là 0 hoặc 1`,
  notOneOf: (path: string, values: readonly string[]) => `${path} phải là một trong: ${values.join(', ')}`,
  notDate: (path: string) => `${path} phải là ngày dạng YYYY-MM-DD`,
  notPartialDate: (path: string) => `${path} phải là ngày dạng --MM-DD`,
  notTimestamp: (path: string) => `${path} phải là thời điểm ISO 8601 (ví dụ 2026-11-22T03:00:00.000Z)`,
  tooLong: (path: string, n: number, max: number) => `${path} quá dài (${num(n)} ký tự, tối đa ${num(max)})`,
  listTooLong: (path: string, n: number, max: number) => `${path} quá dài (${num(n)} phần tử, tối đa ${num(max)})`,

  // Records and references
  duplicate: (path: string, first: string) => `${path} trùng với ${first}`,
  noArticle: (path: string, id: number) => `${path}: không có bài báo id ${id} trong tệp`,
  noCall: (path: string, id: number) => `${path}: không có cuộc điện đàm id ${id} trong tệp`,
  secondNote: (path: string, callId: number, first: string) => `${path}: cuộc điện đàm id ${callId} đã có ghi chú (${first})`,
  unlinkedCall: (path: string) => `${path} không gắn với bài báo nào (articleIds và mentionedIn đều trống)`,
} as const;
