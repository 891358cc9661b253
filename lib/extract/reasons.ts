/**
 * Why a page was not analysed, as the content script reports it to the background. The values
 * are the Vietnamese sentences the command line prints; the extension's UI translates the ones it
 * knows (components/Popup.tsx) and shows any other as it came.
 */

/** More text than MAX_TEXT_CHARS. */
export const PAGE_TOO_LARGE = 'Trang quá lớn để phân tích';
/** Deeper nesting than MAX_DOM_DEPTH. */
export const PAGE_TOO_DEEP = 'Trang lồng quá sâu để phân tích';
/** The DOM implementation could not walk the page; followed by ": " and the error. */
export const PAGE_UNREADABLE = 'Không đọc được trang';
