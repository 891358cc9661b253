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

/** Why a page is not an article (Article.notArticleReason); the popup shows the reason it is given. */
/** The document has no body. */
export const NO_PAGE_TEXT = 'Trang không có nội dung';
/** Neither the site's profile nor Readability found a body. */
export const NO_ARTICLE_TEXT = 'Không tìm thấy nội dung bài viết';
/** A section, category, tag, search or home page: its address says so (the site's article address shape, or a list path). */
export const NOT_ARTICLE_SECTION = 'Trang chuyên mục, không phải bài viết';
/** A page of headlines: more teaser links than paragraphs of prose. */
export const NOT_ARTICLE_LIST = 'Trang danh sách tin, không phải bài viết';
/** Too little text to be an article. */
export const NOT_ENOUGH_TEXT = 'Quá ít nội dung để là một bài viết';
/** No date, no article metadata and little prose. */
export const NOT_AN_ARTICLE = 'Không có dấu hiệu của một bài báo';
