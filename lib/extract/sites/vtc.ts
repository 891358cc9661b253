import type { SiteProfile } from './index';

/** vtcnews.vn (formerly vtc.vn): the logo is an h1 too (an image, no text), so the headline is the
 *  one in section.nd-detail (header > h1). Above it a line with the section link and the date
 *  span.time-update ("Thứ Năm, 05/03/2026 08:15:00 +07:00"); in div.content-wrapper the sapo, an h2
 *  in bold ("(VTC News) - …"), a list of related headlines, the body div.edittor-content (sic)
 *  [itemprop=articleBody] and the author div.author-maker. Then tags div.tag-detail, comments and
 *  "Tin cùng chuyên mục" (div.box-related). Articles end "-ar123456.html"; sections are
 *  "/chinh-tri-47.html". */
export const VTC: SiteProfile = {
  id: 'vtc',
  name: 'VTC News',
  hosts: ['vtc.vn', 'vtcnews.vn'],
  title: ['.nd-detail header h1', '.nd-detail h1', 'h1'],
  lead: ['.nd-detail .content-wrapper > h2', '.content-wrapper > h2'],
  body: ['.edittor-content', '.nd-detail [itemprop="articleBody"]', '[itemprop="articleBody"]'],
  date: ['.nd-detail .time-update', '.time-update'],
  author: ['.author-maker'],
  remove: ['.content-wrapper > ul', '.share-bar', '.tag-detail', '.box-comment', '.box-related', '.box-hot', '.box-most-read', '.zone-menus'],
  articlePath: /-ar\d+\.html$/,
};
