import type { SiteProfile } from './index';

/** Any Vietnamese news site without a profile: the class names most Vietnamese CMSs use.
 *  Also the fallback for profiled sites when their own selectors find nothing. The sapo of a
 *  site without a profile is found by name and place (lib/extract/lead.ts, LEAD_NAME_WORDS). */
export const GENERIC: SiteProfile = {
  id: 'generic',
  name: '',
  hosts: [],
  title: ['h1.article-title', 'h1.detail-title', 'h1.title-detail', 'h1.entry-title', 'h1.post-title', 'h1.title', '.article-header h1', 'article h1', 'h1'],
  body: [
    '[itemprop="articleBody"]', '.detail-content', '.article__body', '.article-body', '.article-content', '.content-detail',
    '.detail__content', '.entry-content', '.post-content', '.news-content', '.cms-body', '#main-detail-body', '.fck_detail',
    '.text-long', '.singular-content', '#abody', '.maincontent', '.content-news', '.noidung',
  ],
  // A site's header may show the day's date under one of these names too ("span.date" beside the logo): of the dates
  // found, the one nearest the headline is the article's (extract-article.ts, nearestDate), whatever the order here.
  date: [
    '.detail-time', '.publish-date', '.article-date', '.article__date', '.date-time', '.post-date', '.time-post', '.time-update',
    '.format_time', '.pdate', 'span.date', '.datetime', '.news-date', '.date', 'time',
  ],
  // Many Vietnamese papers sign an article in a right-aligned last paragraph of the body, aligned by a style or, in
  // older CMSs (MasterCMS), by the align attribute: <p align="right"><strong>Lê Văn A</strong></p>. VCCorp's CMSs mark
  // the author's field as they mark the source's (soha.vn: <b data-field="author">).
  author: [
    '.author', '.article-author', '.article__author', '.author-name', '.detail-author', '[rel="author"]', '[data-field="author"]', '.byline',
    'p[style*="text-align:right"]', 'p[style*="text-align: right"]', 'p[align="right"]',
  ],
  source: ['p.source', '[data-field="source"]', '.source-name', '.link-source-name', '.article-source'],
  remove: [
    '.related', '.related-news', '.relate-news', '.tin-lien-quan', '.tinlienquan', '.box-related', '.same-category', '.tags', '.tag',
    '.social', '.share', '.share-bar', '.comment', '.comments', '#comments', '.advertisement', '.ads', '.ad', '.banner', 'footer',
    '.footer', '#footer', 'nav', 'aside', '.sidebar', '.most-read', '.box-most-read', '.breadcrumb', 'form', 'iframe', 'script',
    'style', 'noscript', 'template', 'svg',
  ],
};

/**
 * Words of a class or id that name the sapo in the CMSs Vietnamese outlets run on ("singular-sapo",
 * "dt-news__sapo", "content-detail-sapo", "article__sapo cms-desc", "the-article-summary",
 * "detail-intro", "td-post-sub-title") and in others ("lead", "chapeau", "standfirst", "excerpt").
 * A name matches when one of these is a whole word of it (words are split at "-" and "_").
 * "chappeau" is the way some CMSs misspell "chapeau" (laodong.vn's div.chappeau); "alead" ("article lead") is the one
 * word a provincial paper's CMS names its sapo with (baobacgiang's p.alead, set in a body-like div.ArticleContent of its own).
 */
export const LEAD_NAME_WORDS: readonly string[] = [
  'sapo', 'lead', 'alead', 'summary', 'description', 'desc', 'chapeau', 'chappeau', 'excerpt', 'intro', 'standfirst', 'abstract',
  'subtitle', 'sub-title', 'subhead', 'deck', 'dek', 'tom-tat', 'tomtat', 'mo-ta',
];

/** Words that make such a name a teaser's in a list, not the article's sapo ("box-category-sapo", "item-desc"). */
export const LEAD_NAME_EXCLUDED_WORDS: readonly string[] = [
  'item', 'items', 'list', 'card', 'thumb', 'category', 'cate', 'related', 'relate', 'teaser', 'story', 'box-news', 'news-item',
  'product', 'author', 'comment', 'meta', 'og', 'seo',
];

/**
 * Words of a class or id that name a box after (or inside) the body that is never the article:
 * book and product promotions, "đọc thêm" and related lists, polls, author boxes, comment forms,
 * newsletters. Matched like LEAD_NAME_WORDS; the box is cut unless it holds the headline or most
 * of the page's text (lib/extract/extract-article.ts, removeNamedBoxes).
 */
export const TRAILING_BOX_WORDS: readonly string[] = [
  'promo', 'promotion', 'promoted', 'sponsor', 'sponsored', 'advertorial', 'affiliate', 'product-box', 'box-product', 'book-box',
  'box-book', 'book-promo', 'shopping', 'poll', 'polls', 'survey', 'surveywidget', 'vote', 'voting', 'binh-chon', 'binhchon',
  'newsletter', 'subscribe', 'subscription', 'signup', 'author-box', 'author-bio', 'authorbox', 'about-author', 'author-card',
  'byline', 'bio',
  'comment', 'comments', 'comment-form', 'binh-luan', 'binhluan', 'read-more', 'readmore', 'read-also', 'doc-them', 'xem-them',
  'more-news', 'related', 'related-posts', 'relatedposts', 'related-news', 'relate', 'lien-quan', 'tin-lien-quan', 'recommend',
  'recommended', 'recommendation', 'suggest', 'suggestion', 'most-read', 'most-popular', 'trending', 'share', 'sharing',
  'social-share', 'tags', 'tag-list', 'article-tags',
];
