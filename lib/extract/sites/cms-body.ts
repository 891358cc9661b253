import type { SiteProfile } from './index';

/** The "cms-body" CMS family: vietnamplus.vn, tienphong.vn, giaoducthoidai.vn, sggp.org.vn, nhandan.vn
 *  (whose articles end "-post916375.html": under the tuoitre profile's address shape every one of
 *  them without article metadata was a section page; its sapo opens "NDO - ", its date reads "Thứ Tư,
 *  ngày 18/03/2026 - 17:25"), plo.vn (whose site header shows the day's date,
 *  a span.date above the headline: the article's own is the time in div.article__meta): title
 *  h1.article__title (cms-title), sapo div.article__sapo.cms-desc, body div.article__body.cms-body,
 *  date in div.article__meta, author div.article__author, tags div.article__tag. Articles end
 *  "-post123456.vnp" (vietnamplus), ".tpo" (tienphong) or ".html". */
export const CMS_BODY: SiteProfile = {
  id: 'cms-body',
  name: 'VietnamPlus',
  hostNames: {
    'tienphong.vn': 'Tiền Phong', 'giaoducthoidai.vn': 'Giáo dục và Thời đại', 'sggp.org.vn': 'Sài Gòn Giải Phóng', 'nhandan.vn': 'Nhân Dân',
    'plo.vn': 'Pháp Luật TP.HCM',
  },
  hosts: ['vietnamplus.vn', 'tienphong.vn', 'giaoducthoidai.vn', 'sggp.org.vn', 'nhandan.vn', 'plo.vn'],
  title: ['h1.article__title', 'h1.cms-title', 'h1'],
  lead: ['div.article__sapo', '.article__sapo', '.cms-desc'],
  body: ['div.article__body.cms-body', '.article__body', '.cms-body'],
  date: ['.article__meta time', '.article__meta .time', 'time.time'],
  author: ['.article__author', '.cms-author'],
  source: ['.article__source', '.cms-source'],
  remove: ['.article__tag', '.article__related', '.article__footer .box', '.related-news', '.box-related', '.article__comment', '.footer'],
  articlePath: /-post\d+\.(?:vnp|tpo|html)$/,
};
