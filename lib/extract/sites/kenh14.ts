import type { SiteProfile } from './index';

/** kenh14.vn (VCCorp): the article in div#k14-detail-content: div.kbwc-header with the headline h1.kbwc-title and a
 *  div.kbwc-meta line of spans (the author span.kbwcm-author, the outlet a story is taken from span.kbwcm-source
 *  "Theo …", the time span.kbwcm-time "19:20 16/03/2026"), then div.klw-new-content with the sapo h2.knc-sapo, a list of
 *  related headlines (div.knc-relate-wrapper) before the body div.knc-content, and a link to the next story
 *  (div.knc-rate-link) after it; tags div.klw-new-tags; under the article "có thể bạn quan tâm" (div.kds-hot-daily) and a
 *  stream of the day's stories with their summaries (div.kds-new-stream-wrapper, li.knswli), the section pages' teasers.
 *  Articles end "-20260316192018744.chn"; sections are "/the-gioi.chn". */
export const KENH14: SiteProfile = {
  id: 'kenh14',
  name: 'Kenh14',
  hosts: ['kenh14.vn'],
  title: ['.kbwc-header h1.kbwc-title', 'h1.kbwc-title', 'h1'],
  lead: ['.klw-new-content h2.knc-sapo', '.knc-sapo'],
  body: ['.klw-new-content .knc-content', '.knc-content'],
  date: ['.kbwc-meta .kbwcm-time', '.kbwcm-time'],
  author: ['.kbwc-meta .kbwcm-author', '.kbwcm-author'],
  source: ['.kbwc-meta .kbwcm-source', '.kbwcm-source'],
  remove: [
    '.knc-relate-wrapper', '.knc-rate-link', '.VCSortableInPreviewMode[type="RelatedNewsBox"]', '.klw-new-socials', '.klw-new-tags',
    '.kds-hot-daily', '.kds-new-stream-wrapper', '#kenh14-footer-wrapper',
  ],
  articlePath: /-\d{14,}\.chn$/,
};
