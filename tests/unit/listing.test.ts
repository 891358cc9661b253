/**
 * List pages: which teasers report a call (the engine's gate on each teaser's headline, summary and
 * address), the queue that saves the ticked articles one at a time (pause, time limit, cancel,
 * what it came to), and the site search for earlier calls.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/html-document';
import { isListPage } from '../../lib/listing/address';
import { createSaveQueue, type FetchedPage, type QueueDeps } from '../../lib/listing/queue';
import { searchQueryOf, searchUrlFor } from '../../lib/listing/search';
import { callTeasers, findTeasers } from '../../lib/listing/teasers';
import { readFixture } from '../helpers/shared';

const tail = (url: string) => url.replace(/^https:\/\/(vov|cafef)\.vn/, '');

describe('call teasers of a list page', () => {
  it('vov.vn category page: the call headlines, not the visit, the telegram or the other news', () => {
    const url = 'https://vov.vn/the-gioi/ngoai-giao';
    const doc = parseHtml(readFixture('listing/vov-list-ngoai-giao.html'), url);
    expect(callTeasers(doc, url).map((t) => tail(t.url))).toEqual([
      '/the-gioi/lanh-dao-nga-phap-dien-dam-lan-thu-ba-trong-mot-tuan-post923310.vov',
      '/the-gioi/tong-thong-putin-va-tong-thong-macron-dien-dam-ve-cang-thang-quanh-ukraine-post921845.vov',
      '/the-gioi/tong-thong-putin-va-tong-thong-trump-dien-dam-lan-thu-3-post641875.vov',
      '/the-gioi/ngoai-truong-an-do-va-brazil-dien-dam-ve-hop-tac-nang-luong-post990001.vov',
      '/the-gioi/thu-tuong-nhat-ban-dien-dam-voi-thu-tuong-australia-post990002.vov',
      '/the-gioi/video-toan-canh-cuoc-dien-dam-giua-lanh-dao-hai-nuoc-post990003.vov',
      // The sidebar's "Bình luận quốc tế" box: call headlines too.
      '/the-gioi/ngoai-truong-my-va-nga-dien-dam-nhat-tri-tiep-tuc-trao-doi-ve-bao-dam-an-ninh-post918630.vov',
      '/the-gioi/thu-tuong-anh-johnson-dien-dam-voi-tong-thong-putin-ve-ukraine-post918790.vov',
    ]);
  });

  it('a teaser is its headline and its summary, once, though the picture links to it too', () => {
    const url = 'https://vov.vn/the-gioi/ngoai-giao';
    const teasers = findTeasers(parseHtml(readFixture('listing/vov-list-ngoai-giao.html'), url), url);
    const first = teasers.find((t) => t.url.endsWith('post923310.vov'))!;
    expect(first.title).toBe('Nga và Pháp điện đàm lần thứ ba chỉ trong vài ngày, bàn về an ninh châu Âu');
    expect(first.summary).toMatch(/^Điện Kremlin và Điện Élysée/);
    expect(teasers.filter((t) => t.url === first.url)).toHaveLength(1);
    // Menus, sections, the pager and other sites are no teasers.
    for (const t of teasers) {
      expect(new URL(t.url).hostname).toBe('vov.vn');
      expect(t.url).toMatch(/-post\d+\.vov$/);
    }
  });

  it('cafef.vn: scam and phone news are left out; markup in a headline stays text', () => {
    const url = 'https://cafef.vn/thoi-su-quoc-te.chn';
    const calls = callTeasers(parseHtml(readFixture('listing/cafef-list-thoi-su-quoc-te.html'), url), url);
    expect(calls.map((t) => tail(t.url))).toEqual([
      '/ong-trump-va-ong-tap-can-binh-dien-dam-tien-trien-ve-tiktok-hen-gap-tai-apec-188250920064512318.chn',
      '/ong-macron-chuan-bi-noi-lai-lien-lac-voi-tong-thong-nga-putin-trong-nhung-tuan-toi-188260107212512345.chn',
      '/lanh-dao-hai-nuoc-dien-dam-truc-tuyen-188990101000000001.chn',
      // Sidebar ("Chủ đề nóng", "Đọc nhiều").
      '/dien-dam-my-trung-thang-6-hai-ben-nhat-tri-noi-lai-dam-phan-thuong-mai-188250606072051051.chn',
      '/thu-tuong-nhat-ishiba-dien-dam-voi-tong-thong-trump-ve-thue-quan-188250716210577814.chn',
    ]);
    expect(calls[2]!.title).toBe('<img src=x onerror="alert(1)"><b>Lãnh đạo hai nước điện đàm</b> trực tuyến');
  });

  it('search pages of both sites', () => {
    const vov = 'https://vov.vn/search?keyword=Vladimir%20Putin%20Emmanuel%20Macron%20%C4%91i%E1%BB%87n%20%C4%91%C3%A0m';
    expect(callTeasers(parseHtml(readFixture('listing/vov-search-putin-macron.html'), vov), vov).slice(0, 4).map((t) => t.url.match(/post(\d+)/)![1])).toEqual(['923310', '921845', '786214', '646312']);
    const cafef = 'https://cafef.vn/tim-kiem.chn?keywords=Trump';
    expect(callTeasers(parseHtml(readFixture('listing/cafef-search-trump-tap.html'), cafef), cafef).map((t) => t.url.match(/(\d+)\.chn$/)![1])).toEqual(['188250920064512318', '188250606072051051', '188250716210577814']);
  });

  it('no links, a broken address, a hostile page: no teasers, no throw', () => {
    expect(findTeasers(parseHtml('<html><body><p>Không có gì</p></body></html>'), 'https://vov.vn/the-gioi')).toEqual([]);
    expect(findTeasers(parseHtml('<a href="https://vov.vn/a-b-post1.vov">x</a>'), 'not a url')).toEqual([]);
    const many = `<html><body>${'<div>'.repeat(500)}${Array.from({ length: 5000 }, (_, i) => `<h3><a href="/the-gioi/lanh-dao-dien-dam-${i}-post${100000 + i}.vov">Lãnh đạo hai nước điện đàm lần ${i}</a></h3>`).join('')}</body></html>`;
    const found = findTeasers(parseHtml(many, 'https://vov.vn/the-gioi'), 'https://vov.vn/the-gioi');
    expect(found.length).toBeLessThanOrEqual(300);
  });
});

describe('list page addresses', () => {
  it.each([
    ['https://vov.vn/the-gioi', true],
    ['https://vov.vn/the-gioi/ngoai-giao', true],
    ['https://vov.vn/search?keyword=Putin', true],
    ['https://vov.vn/tag/dien-dam', true],
    ['https://cafef.vn/tai-chinh-quoc-te.chn', true],
    ['https://cafef.vn/tim-kiem.chn?keywords=Trump', true],
    ['https://vov.vn/the-gioi/lanh-dao-nga-phap-dien-dam-lan-thu-ba-trong-mot-tuan-post923310.vov', false],
    ['https://cafef.vn/ong-trump-va-ong-tap-can-binh-dien-dam-188250920064512318.chn', false],
    ['chrome://extensions', false],
    // Tag pages by the tag's number, and the later pages of a list under a section or tag name.
    ['https://baomoi-like.example.vn/thu-tuong-lao-tham-viet-nam-tag63768.html', true],
    ['https://tin.example.vn/dai-su-quan-ptag.html', true],
    ['https://tin.example.vn/tag/iran/page-3', true],
    ['https://tin.example.vn/chu-tich-asean-2020/trang-2.html', true],
    // …not an article's own next page, a forum thread's next posts or a CMS article by its number on the root path.
    ['https://tin.example.vn/tong-thong-phap-va-thu-tuong-duc-nhat-tri-cung-co-lien-minh-n7470/trang-5.html', false],
    ['https://forum.example.vn/threads/tinh-hinh-the-gioi-vol-12.1934886/page-269', false],
    ['https://tin.example.vn/?p=26363', false],
  ])('%s → %s', (url, list) => expect(isListPage(url)).toBe(list));
});

describe('search for earlier calls', () => {
  const record = { participants: [{ name: 'Vladimir Putin', country: 'RU' }, { name: 'Emmanuel Macron', country: 'FR' }] } as never;
  it('the pair and "điện đàm", on the article’s own site', () => {
    expect(searchQueryOf(record)).toBe('Vladimir Putin Emmanuel Macron điện đàm');
    expect(searchUrlFor(record, 'https://vov.vn/the-gioi/x-post1.vov')).toBe(`https://vov.vn/search?keyword=${encodeURIComponent('Vladimir Putin Emmanuel Macron điện đàm')}`);
    expect(searchUrlFor(record, 'https://cafef.vn/x-188250920064512318.chn')).toMatch(/^https:\/\/cafef\.vn\/tim-kiem\.chn\?keywords=Vladimir%20Putin/);
  });
  it('none for a site whose search is unknown or a call without names', () => {
    expect(searchUrlFor(record, 'https://example.org/a')).toBeNull();
    expect(searchUrlFor({ participants: [{ name: null, country: 'RU' }] } as never, 'https://vov.vn/a-post1.vov')).toBeNull();
    expect(searchUrlFor(record, null)).toBeNull();
  });
});

// ---- The save queue, with fake fetching and timers ----

/** Timers the test moves by hand: `advance(ms)` fires every timer due within ms, in order. */
function fakeClock() {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const flush = () => new Promise((r) => setImmediate(r));
  return {
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    pending: () => [...timers.values()].map((t) => t.at - now),
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        await flush();
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at).find(([, t]) => t.at <= until);
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = until;
      await flush();
    },
  };
}

const page = (url: string, html: string, status = 200): FetchedPage => ({ url, html, status, ok: status >= 200 && status < 300, contentType: 'text/html; charset=utf-8' });

function harness(responses: Record<string, 'hang' | number | string>, saved: Map<string, boolean> = new Map()) {
  const clock = fakeClock();
  const log: string[] = [];
  const deps: QueueDeps<string> = {
    async fetchPage(url, signal) {
      log.push(`fetch ${url}`);
      const r = responses[url];
      if (r === 'hang' || r === undefined) {
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
      }
      return typeof r === 'number' ? page(url, '', r) : page(url, r);
    },
    analyse: (p, url) => (p.html.includes('CALL') ? url : null),
    async save(call) {
      log.push(`save ${call}`);
      const merged = saved.get(call) ?? false;
      saved.set(call, true);
      return !merged;
    },
    pauseMs: 1000,
    timeoutMs: 5000,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
  };
  return { clock, log, deps, saved };
}

const items = (...urls: string[]) => urls.map((url) => ({ url, title: url }));

describe('the save queue', () => {
  it('one request at a time, a pause between two, and the counts at the end', async () => {
    const h = harness({ a: 'CALL a', b: 'CALL b', c: 'no call here', d: 404 }, new Map([['b', true]]));
    const q = createSaveQueue(items('a', 'b', 'c', 'd'), h.deps);
    await h.clock.advance(0);
    expect(h.log).toEqual(['fetch a', 'save a']);
    // The pause: nothing is fetched before it ends.
    await h.clock.advance(999);
    expect(h.log).toEqual(['fetch a', 'save a']);
    await h.clock.advance(1);
    expect(h.log).toEqual(['fetch a', 'save a', 'fetch b', 'save b']);
    await h.clock.advance(2000);
    const final = await q.done;
    expect(h.log).toEqual(['fetch a', 'save a', 'fetch b', 'save b', 'fetch c', 'fetch d']);
    expect(final.status).toBe('done');
    expect(final.counts).toEqual({ added: 1, merged: 1, notCall: 1, failed: 1, cancelled: 0 });
    expect(final.items.map((i) => [i.state, i.reason, i.status])).toEqual([
      ['added', undefined, undefined],
      ['merged', undefined, undefined],
      ['not-call', 'not-call', undefined],
      ['failed', 'http', 404],
    ]);
  });

  it('a request that does not answer is aborted at its time limit, and the next one goes on', async () => {
    const h = harness({ a: 'hang', b: 'CALL b' });
    const q = createSaveQueue(items('a', 'b'), h.deps);
    await h.clock.advance(4999);
    expect(q.state().items[0]!.state).toBe('loading');
    await h.clock.advance(1);
    expect(q.state().items[0]).toMatchObject({ state: 'failed', reason: 'timeout' });
    await h.clock.advance(1000);
    const final = await q.done;
    expect(final.counts).toMatchObject({ added: 1, failed: 1 });
  });

  it('cancel aborts the request in flight; nothing is saved after it, nothing half', async () => {
    const h = harness({ a: 'CALL a', b: 'hang', c: 'CALL c' });
    const q = createSaveQueue(items('a', 'b', 'c'), h.deps);
    await h.clock.advance(1000);
    expect(q.state().items.map((i) => i.state)).toEqual(['added', 'loading', 'waiting']);
    q.cancel();
    const final = await q.done;
    expect(final.status).toBe('cancelled');
    expect(final.items.map((i) => i.state)).toEqual(['added', 'cancelled', 'cancelled']);
    expect([...h.saved.keys()]).toEqual(['a']);
    expect(h.log).toEqual(['fetch a', 'save a', 'fetch b']);
    expect(h.clock.pending()).toEqual([]);
  });

  it('cancel during the pause ends it at once', async () => {
    const h = harness({ a: 'CALL a', b: 'CALL b' });
    const q = createSaveQueue(items('a', 'b'), h.deps);
    await h.clock.advance(10);
    q.cancel();
    const final = await q.done;
    expect(final.counts).toMatchObject({ added: 1, cancelled: 1 });
    expect(h.log).toEqual(['fetch a', 'save a']);
  });

  it('a page that is no HTML, a network error, a failed save: reported and skipped', async () => {
    const h = harness({ b: 'CALL b', c: 'CALL c' });
    h.deps.fetchPage = async (url) => {
      if (url === 'a') return { ...page(url, ''), contentType: 'application/pdf' };
      if (url === 'b') throw new TypeError('Failed to fetch');
      return page(url, 'CALL c');
    };
    h.deps.save = async () => {
      throw new Error('QuotaExceededError');
    };
    const q = createSaveQueue(items('a', 'b', 'c'), h.deps);
    await h.clock.advance(5000);
    const final = await q.done;
    expect(final.items.map((i) => i.reason)).toEqual(['not-html', 'network', 'store']);
    expect(final.counts).toMatchObject({ failed: 3 });
  });

  it('reports every change, the last one final', async () => {
    const h = harness({ a: 'CALL a' });
    const seen: string[] = [];
    h.deps.onChange = (s) => seen.push(`${s.status}:${s.items.map((i) => i.state).join(',')}`);
    const q = createSaveQueue(items('a'), h.deps);
    await h.clock.advance(0);
    await q.done;
    expect(seen[0]).toBe('running:loading');
    expect(seen.at(-1)).toBe('done:added');
  });
});
