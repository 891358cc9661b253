import type { SiteProfile } from './index';

/** laodong.vn: a div[itemprop=articleBody] wraps the whole article.article-detail, headline and sapo
 *  included, so the body is its div.art-body, not that wrapper. Headline h1.title and a div.art-info
 *  line (author span.author, date time.f-datetime "05/03/2026 | 08:15") in div.wrapper-01; the sapo a
 *  div.chappeau (sic, two p's; the section pages' teasers carry one too, so only the article's is
 *  taken); in the body an in-body div.related box; tags, comments and "Tin cùng chuyên mục"
 *  (article.article-small) after it. Articles end "-1234567.ldo"; sections are "/thoi-su/". */
export const LAODONG: SiteProfile = {
  id: 'laodong',
  name: 'Lao Động',
  hosts: ['laodong.vn'],
  title: ['.article-detail h1.title', 'h1.title', 'h1'],
  lead: ['.article-detail .chappeau', '.article-detail .chapeau'],
  body: ['.article-detail .art-body', '.art-body'],
  date: ['.article-detail time.f-datetime', 'time.f-datetime', '.art-info time'],
  author: ['.art-info .author', '.article-detail .author'],
  remove: ['.art-share', '.article-detail .related', '.article-detail .tags', '.box-comment', '.same-category', '.right-col', '#site-footer'],
  articlePath: /-\d{5,}\.ldo$/,
};
