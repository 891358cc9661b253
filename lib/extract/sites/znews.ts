import type { SiteProfile } from './index';

/** znews.vn (formerly zingnews.vn, news.zing.vn): title h1.the-article-title, sapo
 *  p.the-article-summary, body div.the-article-body, date li.the-article-publish, credit
 *  div.the-article-credit (p.author, p.source). Inside the body an inline related article is a
 *  table.article; after it, tags, a book or product promotion and the comments. Articles end
 *  "-post1234567.html"; sections are "/the-gioi.html". */
export const ZNEWS: SiteProfile = {
  id: 'znews',
  name: 'Znews',
  hosts: ['znews.vn', 'zingnews.vn', 'news.zing.vn'],
  title: ['h1.the-article-title', 'h1'],
  lead: ['p.the-article-summary', '.the-article-summary'],
  body: ['div.the-article-body', '.the-article-body'],
  date: ['li.the-article-publish', '.the-article-publish'],
  author: ['.the-article-credit .author', '.the-article-author'],
  source: ['.the-article-credit .source'],
  remove: ['table.article', '.inner-article', '.the-article-tags', '.article-tags', '.recommendation', '#comment', '.comment-section', '.section.recommend'],
  articlePath: /-post\d+\.html$/,
};
