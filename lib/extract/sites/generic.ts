import type { SiteProfile } from './index';

/** Any Vietnamese news site without a profile: the class names most Vietnamese CMSs use.
 *  Also the fallback for profiled sites when their own selectors find nothing. */
export const GENERIC: SiteProfile = {
  id: 'generic',
  name: '',
  hosts: [],
  title: ['h1.article-title', 'h1.detail-title', 'h1.title-detail', 'h1.entry-title', 'h1.post-title', 'h1.title', '.article-header h1', 'article h1', 'h1'],
  lead: [
    '[data-role="sapo"]', '.sapo', '.detail-sapo', '.article__sapo', '.article-sapo', '.sapo_detail', '.news-sapo', '.summary',
    '.article-summary', '.article__summary', '.lead', '.article-lead', '.chapeau', '.description', '.desc', '.td-post-sub-title', '.post-excerpt',
  ],
  body: [
    '[itemprop="articleBody"]', '.detail-content', '.article__body', '.article-body', '.article-content', '.content-detail',
    '.detail__content', '.entry-content', '.post-content', '.news-content', '.cms-body', '#main-detail-body', '.fck_detail',
    '.text-long', '.singular-content', '#abody', '.maincontent', '.content-news', '.noidung',
  ],
  date: [
    '.detail-time', '.publish-date', '.article-date', '.article__date', '.date-time', '.post-date', '.time-post', '.pdate', 'span.date',
    '.datetime', '.news-date', '.date', 'time',
  ],
  author: ['.author', '.article-author', '.author-name', '.detail-author', '[rel="author"]', '.byline'],
  source: ['p.source', '[data-field="source"]', '.source-name', '.link-source-name', '.article-source'],
  remove: [
    '.related', '.related-news', '.relate-news', '.tin-lien-quan', '.tinlienquan', '.box-related', '.same-category', '.tags', '.tag',
    '.social', '.share', '.share-bar', '.comment', '.comments', '#comments', '.advertisement', '.ads', '.ad', '.banner', 'footer',
    '.footer', '#footer', 'nav', 'aside', '.sidebar', '.most-read', '.box-most-read', '.breadcrumb', 'form', 'iframe', 'script',
    'style', 'noscript', 'template', 'svg',
  ],
};
