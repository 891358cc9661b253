import type { SiteProfile } from './index';

/** qdnd.vn (Quân đội nhân dân): the article sits in div.article-detail: headline h1.post-title, the date in a span inside
 *  span.post-subinfo ("Thứ Sáu, 13/03/2026 - 17:40"; no time element and no date class the generic selectors know), the
 *  sapo a div.post-summary ("(QĐND) - …"; QĐND writes dates "13-3"), the body div[itemprop=articleBody] in
 *  div.post-content, its photos in a table.imgEditor whose caption is a row tr.alt_imgEditor, and the author signed in a
 *  right-aligned bold last paragraph of the body. Articles end in the article's number ("/quoc-te/tin-tuc/…-812347",
 *  no extension); sections are "/quoc-te", their later pages "/quoc-te/p/2". */
export const QDND: SiteProfile = {
  id: 'qdnd',
  name: 'Quân đội nhân dân',
  hosts: ['qdnd.vn'],
  title: ['.article-detail h1.post-title', 'h1.post-title', 'h1'],
  lead: ['.article-detail .post-summary', '.post-summary'],
  body: ['.post-content [itemprop="articleBody"]', '.post-content', '.article-detail [itemprop="articleBody"]'],
  date: ['.article-detail .post-subinfo', '.post-subinfo'],
  author: [
    '[itemprop="articleBody"] > p[style*="text-align: right"]', '[itemprop="articleBody"] > p[style*="text-align:right"]',
    '[itemprop="articleBody"] > p[align="right"]',
  ],
  articlePath: /-\d{5,}(?:\.html?)?$/,
};
