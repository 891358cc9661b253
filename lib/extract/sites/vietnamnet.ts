import type { SiteProfile } from './index';

/** vietnamnet.vn: title h1.content-detail-title, sapo h2.content-detail-sapo, body div.maincontent
 *  (id maincontent), date div.bread-crumb-detail__time, author p.article-detail-author__info, tags
 *  div.tag-cotnent (sic). Articles end "-2412345.html" (older "-i404798.html"); sections are
 *  "/thoi-su", "/the-gioi/binh-luan-quoc-te". */
export const VIETNAMNET: SiteProfile = {
  id: 'vietnamnet',
  name: 'VietNamNet',
  hosts: ['vietnamnet.vn'],
  title: ['h1.content-detail-title', 'h1'],
  lead: ['h2.content-detail-sapo', '.content-detail-sapo'],
  body: ['div.maincontent', '#maincontent', '.content-detail-body'],
  date: ['.bread-crumb-detail__time', '.publish-date'],
  author: ['.article-detail-author__info', '.article-detail-author', '.author-name'],
  remove: [
    '.article-relate', '.vnn-related', '.box-vnn-related', '.tag-cotnent', '.tag-content', '.newsFeature', '.vnn-comment',
    '.box-comment', '.sticky-sidebar', '.vnn-sidebar',
  ],
  articlePath: /-i?\d{6,}\.html$/,
};
