import type { SiteProfile } from './index';

/** baoquocte.vn (Thế giới & Việt Nam, on the MasterCMS CMS): in div.article-detail the headline
 *  h1.article-detail-title, the date span.format_time ("05/03/2026 08:15") in span.article-detail-date,
 *  the sapo div.article-detail-desc ("TGVN. …"), and div.__MASTERCMS_CONTENT holding the body
 *  div.__MB_MASTERCMS_EL (photos in table.MASTERCMS_TPL_TABLE with the caption a plain row; related
 *  headlines in table.__mb_article_in_image) and, after it, the author as a right-aligned paragraph
 *  (<p align="right"><strong>Lê Văn A</strong></p>). Then tags, "Ý kiến bạn đọc", "Tin liên quan"
 *  (div.main-cate) and the right column div.col-Right. Articles end "-312345.html"; sections are
 *  "/thoi-su". */
export const BAOQUOCTE: SiteProfile = {
  id: 'baoquocte',
  name: 'Báo Quốc tế',
  hosts: ['baoquocte.vn'],
  title: ['h1.article-detail-title', '.article-detail h1', 'h1'],
  lead: ['.article-detail-desc'],
  // The content block first: a body set in several MasterCMS elements is read whole, the author's line cut as a credit.
  body: ['.__MASTERCMS_CONTENT', '.__MB_MASTERCMS_EL'],
  date: ['.article-detail-date .format_time', '.article-detail-date', '.format_time'],
  author: ['.__MASTERCMS_CONTENT > p[align="right"]', '.article-detail p[align="right"]', '.article-detail p[style*="text-align: right"]', '.article-detail p[style*="text-align:right"]'],
  remove: ['.__mb_article_in_image', '.article-detail-share', '.article-detail-tags', '.box-comment', '.main-cate', '.col-Right', '.footer'],
  articlePath: /-\d{5,}\.html$/,
};
