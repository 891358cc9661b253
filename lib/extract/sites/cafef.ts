import type { SiteProfile } from './index';

/** cafef.vn (VCCorp CMS): title h1.title, date span.pdate "07-03-2026 - 00:01 AM", sapo
 *  h2.sapo outside the body; the body div.detail-content.afcbc-body starts with a "TIN MỚI"
 *  box (div.tindnd); "CÙNG CHUYÊN MỤC" is div.tincungmucdetail. Articles end "-188yyMMdd....chn". */
export const CAFEF: SiteProfile = {
  id: 'cafef',
  name: 'CafeF',
  hosts: ['cafef.vn'],
  title: ['h1.title', '.totalcontentdetail h1', 'h1'],
  lead: ['h2.sapo', '.sapo'],
  body: ['div.detail-content.afcbc-body', '.detail-content', '#mainContent'],
  date: ['span.pdate', '.pdate', '.dateandcat'],
  author: ['p.author', '.author'],
  source: ['p.source', '[data-field="source"]', '.link-source-name'],
  remove: [
    '.tindnd', '#listNewsInContent', '.tincungmucdetail', '.sidebar_right', '.footer', '.h-show-pc', '.c-banner',
    '.VCSortableInPreviewMode[type="RelatedNews"]', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.link-content-footer',
    '.box-category', '.tinlienquan', '.relate-container', '.bottom-info', '.knc-rate-link',
  ],
  articlePath: /-\d{12,}\.chn$/,
};
