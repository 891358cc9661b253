import type { SiteProfile } from './index';

/** The "detail-*" CMS family: tuoitre.vn, nld.com.vn, baochinhphu.vn, thanhnien.vn (and other outlets on the
 *  same CMS; VCCorp's soha.vn and vtv.vn are not: soha.ts, vtv.ts). Title h1.detail-title, sapo h2.detail-sapo, date
 *  div.detail-time, author div.detail-author, body div.detail-content.afcbc-body (with an empty pop-up copy of it),
 *  "Tin liên quan" div.detail__related, "Tin cùng chuyên mục" #tto_news_same.
 *  Articles end "-yyyyMMddHHmmss….htm". */
export const VCCORP_DETAIL: SiteProfile = {
  id: 'detail-cms',
  name: 'Tuổi Trẻ',
  hostNames: { 'nld.com.vn': 'Người Lao Động', 'baochinhphu.vn': 'Báo Chính phủ', 'thanhnien.vn': 'Thanh Niên' },
  hosts: ['tuoitre.vn', 'nld.com.vn', 'baochinhphu.vn', 'thanhnien.vn'],
  title: ['h1.detail-title', 'h1.article-title', '.detail-title', 'h1'],
  lead: ['h2.detail-sapo', '.detail-sapo', '.sapo', 'h2.sapo'],
  body: ['div.detail-content.afcbc-body', '.detail-cmain .detail-content', '.detail-content', '.detail__content'],
  date: ['div.detail-time', '.detail-time', '.date-time', '.detail__meta time'],
  author: ['div.detail-author', '.detail-author', '.author-info', '.detail__author'],
  remove: [
    '.detail__related', '#tto_news_same', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.VCSortableInPreviewMode[type="RelatedNews"]',
    '.relate-container', '.box-news-same', '.detail-tab', '.detail__cmain-bottom', '.detail-bottom', '.box-category',
    '.comment-wrapper', '.detail-tags', '.detail__tags', '.footer', 'footer',
  ],
  articlePath: /-\d{14,}\.html?$/,
};
