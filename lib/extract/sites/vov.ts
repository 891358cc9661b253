import type { SiteProfile } from './index';

/** vov.vn (Drupal): media under media.vov.vn/sites/default/files; body starts "VOV.VN - ";
 *  author line "Minh Hòa/VOV.VN (Theo Reuters)"; article addresses end "-post123456.vov". */
export const VOV: SiteProfile = {
  id: 'vov',
  name: 'VOV.VN',
  hosts: ['vov.vn'],
  title: ['h1.article-title', '.article__title h1', 'h1.article__title', '.article-header h1', 'h1.title', 'h1'],
  lead: ['.article__sapo', '.article-sapo', '.article-summary', '.text-summary', '.sapo', '.node-summary', '.field--name-field-summary'],
  body: ['.article__body', '.article-body', '.text-long', '.field--name-body', '.node-content .content', '[itemprop="articleBody"]', '.article-content'],
  date: ['.article__meta time', '.article-date', '.publish-date', '.article__date', '.date-time', 'time'],
  author: ['.article__author', '.article-author', '.author', '.field--name-field-author'],
  remove: [
    '.article__related', '.related', '.related-news', '.tin-lien-quan', '.article__tags', '.tags', '.tag-list',
    '.article__same-category', '.same-category', '.most-read', '.doc-nhieu', '.view-by-date', '.xem-theo-ngay',
    '.social', '.share', '.article__share', '.comment', '.comments', '.advertisement', '.ads', '.banner',
  ],
  articlePath: /-post\d+\.vov$|\/\d{5,}\/?$|-\d{5,}\.(?:vov|html?)$/,
};
