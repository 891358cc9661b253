import type { SiteProfile } from './index';

/** The "cms-body" CMS family: vietnamplus.vn, tienphong.vn, giaoducthoidai.vn, sggp.org.vn, nhandan.vn
 *  (whose articles end "-post916375.html": under the tuoitre profile's address shape every one of
 *  them without article metadata was a section page): title
 *  h1.article__title (cms-title), sapo div.article__sapo.cms-desc, body div.article__body.cms-body,
 *  date in div.article__meta, author div.article__author, tags div.article__tag. Articles end
 *  "-post123456.vnp" (vietnamplus), ".tpo" (tienphong) or ".html". */
export const CMS_BODY: SiteProfile = {
  id: 'cms-body',
  name: 'VietnamPlus',
  hostNames: { 'tienphong.vn': 'Tiền Phong', 'giaoducthoidai.vn': 'Giáo dục và Thời đại', 'sggp.org.vn': 'Sài Gòn Giải Phóng', 'nhandan.vn': 'Nhân Dân' },
  hosts: ['vietnamplus.vn', 'tienphong.vn', 'giaoducthoidai.vn', 'sggp.org.vn', 'nhandan.vn'],
  title: ['h1.article__title', 'h1.cms-title', 'h1'],
  lead: ['div.article__sapo', '.article__sapo', '.cms-desc'],
  body: ['div.article__body.cms-body', '.article__body', '.cms-body'],
  date: ['.article__meta time', '.article__meta .time', 'time.time'],
  author: ['.article__author', '.cms-author'],
  source: ['.article__source', '.cms-source'],
  remove: ['.article__tag', '.article__related', '.article__footer .box', '.related-news', '.box-related', '.article__comment', '.footer'],
  articlePath: /-post\d+\.(?:vnp|tpo|html)$/,
};

/** Outlets whose pages are read the generic way but whose article address is known, so that their
 *  section, tag and home pages are turned down: laodong.vn ("-1234567.ldo"), baoquocte.vn
 *  ("-312345.html"), vtc.vn / vtcnews.vn ("-ar123456.html"), plo.vn and qdnd.vn ("-post123456.html",
 *  "-123456"). */
export const ADDRESS_ONLY: readonly SiteProfile[] = [
  { id: 'laodong', name: 'Lao Động', hosts: ['laodong.vn'], articlePath: /-\d{5,}\.ldo$/ },
  { id: 'baoquocte', name: 'Báo Quốc tế', hosts: ['baoquocte.vn'], articlePath: /-\d{5,}\.html$/ },
  { id: 'vtc', name: 'VTC News', hosts: ['vtc.vn', 'vtcnews.vn'], articlePath: /-ar\d+\.html$/ },
  { id: 'plo', name: 'Pháp Luật TP.HCM', hosts: ['plo.vn'], articlePath: /-post\d+\.html$/ },
  { id: 'qdnd', name: 'Quân đội nhân dân', hosts: ['qdnd.vn'], articlePath: /-\d{5,}(?:\.html?)?$/ },
];
