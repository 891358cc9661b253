import type { Article } from '../../lib/extract/types';

/** A read article about the Putin–Macron call, as the engine gives it; `over` replaces any field. */
export function testArticle(url: string | null, over: Partial<Article> = {}): Article {
  return {
    url,
    canonicalUrl: null,
    title: 'Tổng thống Nga điện đàm với Tổng thống Pháp',
    lead: 'Hai nhà lãnh đạo đã điện đàm.',
    paragraphs: ['Nội dung bài.'],
    captions: [],
    text: 'Hai nhà lãnh đạo đã điện đàm.\nNội dung bài.',
    publishedAt: '2022-02-04T08:00:00+07:00',
    author: null,
    attribution: null,
    siteName: 'VnExpress',
    isArticle: true,
    notArticleReason: null,
    ...over,
  };
}
