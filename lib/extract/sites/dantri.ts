import type { SiteProfile } from './index';

/** dantri.com.vn, both layouts. 2026: article.singular-container, h1.title-page, sapo h2.singular-sapo
 *  ("(Dân trí) - …"), body div.singular-content, date time.author-time, author div.author-name.
 *  2022: h1.dt-news__title, sapo div.dt-news__sapo (an h2 inside), body div.dt-news__content, date
 *  div.dt-news__time. Articles end "-yyyyMMddHHmmssSSS.htm"; sections are "/the-gioi.htm". */
export const DANTRI: SiteProfile = {
  id: 'dantri',
  name: 'Dân trí',
  hosts: ['dantri.com.vn'],
  title: ['h1.title-page', 'h1.dt-news__title', 'h1.e-magazine__title', 'h1'],
  lead: ['h2.singular-sapo', '.singular-sapo', '.dt-news__sapo', '.e-magazine__sapo'],
  body: ['div.singular-content', '.dt-news__content', '.e-magazine__body'],
  date: ['time.author-time', '.author-time', '.dt-news__time'],
  author: ['.author-name', '.dt-news__author', '.dt-news__content p[style*="right"]'],
  remove: [
    '.article-related', '.singular-related', '.dt-news__related', '.article-tags', '.tags-container', '.dt-news__tag',
    '.article-vote', '.author-wrap .author-avatar', '.comment-wrap', '#comment', '.article-footer', '.grid-aside',
  ],
  articlePath: /-\d{14,}\.htm$/,
};
