/** An article as the engine reads it: the page reduced to its own text and metadata. */
export interface Article {
  /** Address the page was read from (null for text given without one). */
  url: string | null;
  /** rel=canonical / og:url, else the address without tracking parameters. */
  canonicalUrl: string | null;
  title: string;
  /** The sapo: the bold summary paragraph Vietnamese outlets put under the headline. */
  lead: string;
  /** Body paragraphs, without the lead, photo captions, related lists, footers and credit lines. */
  paragraphs: string[];
  /** Photo captions, kept apart: they may name a person but never give the event date. */
  captions: string[];
  /** lead + paragraphs, one paragraph per line. */
  text: string;
  /** ISO 8601 with offset (Vietnam: +07:00), or null when the page does not say. */
  publishedAt: string | null;
  /** The year (and month) the copy was made in, when a text copy says so without giving the day
   *  ("date 2025-02" from a scraper): "YYYY" or "YYYY-MM". Only used to put a year to a day and month. */
  yearHint?: string | null;
  author: string | null;
  /** Where the text comes from when the outlet credits someone else: "vov.vn", "TTXVN", "Quỳnh Như / Tiền Phong". */
  attribution: string | null;
  siteName: string | null;
  /** False for category/list pages, empty pages and pages that are not news articles. */
  isArticle: boolean;
  /** Why the page is not an article (or null when it is). */
  notArticleReason: string | null;
}
