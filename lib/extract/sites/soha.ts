import type { SiteProfile } from './index';

/** soha.vn: not the "detail-*" CMS of tuoitre and thanhnien, though VCCorp's editor made its in-body boxes
 *  (div.VCSortableInPreviewMode: a photo, a RelatedNewsBox). In main > article, a header with the headline h1.news-title,
 *  div.news-info (the author b[data-field=author], the date time.op-published "15/03/2026 19:40") and the lead photo in a
 *  figure; then div.detail-body with the sapo h2.news-sapo and the body div.news-content, and under it the outlet the
 *  story is taken from (div.bottom-info, span.link-source-text-name: "Theo Reuters"). Articles end
 *  "-2026031519402215.htm"; sections are "/quoc-te.htm". */
export const SOHA: SiteProfile = {
  id: 'soha',
  name: 'Soha',
  hosts: ['soha.vn'],
  title: ['article h1.news-title', 'h1.news-title', 'h1'],
  lead: ['.detail-body h2.news-sapo', '.news-sapo'],
  body: ['.detail-body .news-content', '.news-content'],
  date: ['.news-info time.op-published', 'time.op-published', '.news-info time'],
  author: ['.news-info [data-field="author"]', '.news-info b'],
  source: ['.bottom-info .link-source-text-name', '.link-source-text-name', 'p.bottom-info'],
  remove: ['.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.VCSortableInPreviewMode[type="RelatedNews"]', '.link-content-footer'],
  articlePath: /-\d{14,}\.htm$/,
};
