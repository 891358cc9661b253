/**
 * Machine-readable metadata of a page: meta tags and JSON-LD. Read from the live document
 * without changing it (only getAttribute / textContent).
 */

export interface PageMeta {
  title: string | null;
  description: string | null;
  siteName: string | null;
  canonical: string | null;
  ogType: string | null;
  /** datePublished of an Article-type JSON-LD object, or a publication meta tag, as written. */
  published: string | null;
  author: string | null;
  /** True when JSON-LD declares a NewsArticle / Article / ReportageNews / BlogPosting. */
  articleJsonLd: boolean;
  /** True when a meta tag gives an article publication time. */
  articleTimeMeta: boolean;
  lang: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|BlogPosting|Report|LiveBlogPosting)$/;

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

interface JsonLdArticle {
  datePublished?: string;
  author?: unknown;
}

/** Article objects in the page's JSON-LD (top level, arrays and @graph). Broken JSON is skipped. */
function jsonLdArticles(doc: Document): JsonLdArticle[] {
  const out: JsonLdArticle[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const o = node as Record<string, unknown>;
    const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) out.push(o as JsonLdArticle);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent;
    if (!raw || raw.length > 200_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      // Many sites publish JSON-LD with stray control characters or trailing commas: ignore it.
    }
  }
  return out;
}

function authorName(a: unknown): string | null {
  if (!a) return null;
  if (typeof a === 'string') return a.trim() || null;
  if (Array.isArray(a)) return a.map(authorName).filter(Boolean).join(', ') || null;
  if (typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') return ((a as { name: string }).name).trim() || null;
  return null;
}

export function readPageMeta(doc: Document): PageMeta {
  const articles = jsonLdArticles(doc);
  const jsonPublished = articles.map((a) => a.datePublished).find((d): d is string => typeof d === 'string' && !!d.trim()) ?? null;
  const metaPublished = metaContent(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[property="og:published_time"]',
    'meta[name="publishdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="sailthru.date"]',
  ]);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(doc, ['meta[property="og:url"]']) || null;
  return {
    title: metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    description: metaContent(doc, ['meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:description"]']),
    siteName: metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    canonical,
    ogType: metaContent(doc, ['meta[property="og:type"]']),
    published: jsonPublished ?? metaPublished,
    author: articles.map((a) => authorName(a.author)).find(Boolean) ?? metaContent(doc, ['meta[name="author"]']),
    articleJsonLd: articles.length > 0,
    articleTimeMeta: !!metaPublished,
    lang: doc.documentElement?.getAttribute('lang') ?? null,
  };
}
