import type { SiteProfile } from './index';

/** vtv.vn (VTV News): not the "detail-*" CMS of tuoitre and thanhnien, though VCCorp's editor made its in-body boxes
 *  (div.VCSortableInPreviewMode: a photo, a RelatedNewsBox). The article is in div.noidung: the section p.tenmuc, headline
 *  h1.title_detail, the author p.author and the date .time ("Thứ Bảy, ngày 14/03/2026 21:05 GMT+7"; no class the
 *  generic selectors know, and the article's number in the address is the time it was filed, not published), the sapo
 *  h2.sapo ("VTV.vn - …"), the body div#entry-body.ta-justify. Its section pages' teasers (li.tlitem) carry a p.sapo of
 *  their own, so only the article's is taken. Articles end "-20260314210537441.htm"; sections are "/the-gioi.htm". */
export const VTV: SiteProfile = {
  id: 'vtv',
  name: 'VTV',
  hosts: ['vtv.vn'],
  title: ['.noidung h1.title_detail', 'h1.title_detail', 'h1'],
  lead: ['.noidung h2.sapo', '.noidung .sapo'],
  body: ['#entry-body', '.noidung .ta-justify'],
  date: ['.noidung .time'],
  author: ['.noidung .author'],
  remove: ['.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.VCSortableInPreviewMode[type="RelatedNews"]'],
  articlePath: /-\d{14,}\.htm$/,
};
