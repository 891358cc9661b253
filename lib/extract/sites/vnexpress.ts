import type { SiteProfile } from './index';

/** vnexpress.net: the main column is a layout div.sidebar-1 (which Readability would discard as a
 *  sidebar); title h1.title-detail, sapo p.description, date span.date, body article.fck_detail,
 *  the author in the last paragraph of the body. Articles end "-1234567.html". */
export const VNEXPRESS: SiteProfile = {
  id: 'vnexpress',
  name: 'VnExpress',
  hosts: ['vnexpress.net'],
  title: ['h1.title-detail', 'h1'],
  lead: ['h1.title-detail ~ p.description', 'p.description', '.description'],
  body: ['article.fck_detail', '.fck_detail'],
  date: ['span.date', '.header-content .date'],
  author: ['p.author_mail', '.author_mail', 'p.Normal[style*="right"]', 'p[style*="right"] strong'],
  remove: ['.box_comment_vne', '.box-tinlienquanv2', '.list-news', '.box_brief_info', '.box-tag', '.tags', '.social_share', '.footer', 'footer', '.banner-ads'],
  articlePath: /-\d{6,}\.html$/,
};
