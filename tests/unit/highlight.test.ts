import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/engine';
import { flattenText, locateHighlights, planHighlights } from '../../lib/highlight';
import { FIXTURES } from '../helpers/shared';

const PAGES = JSON.parse(readFileSync(`${FIXTURES}pages/expected.json`, 'utf8')) as Array<{ file: string; url: string }>;

function located(file: string) {
  const page = PAGES.find((p) => p.file === file)!;
  const doc = new JSDOM(readFileSync(`${FIXTURES}pages/${file}`, 'utf8')).window.document;
  const before = doc.documentElement.outerHTML;
  const r = analyzePage(doc, page.url);
  const plan = planHighlights(r.article!, r.call!);
  const loc = locateHighlights(doc, r.article!, plan);
  const texts = Object.fromEntries([...loc.ranges].map(([c, rs]) => [c, rs.map((x) => x.toString())]));
  return { doc, before, plan, loc, texts };
}

describe('highlights of a call article', () => {
  it('finds each category of fact in the article, also in NFD and old tone placement', () => {
    const { texts, loc } = located('vov-putin-macron-2017-05-18.html');
    expect(loc.paragraphsFound).toBeGreaterThan(4);
    expect(texts.participant).toContain('Tổng thống Nga Vladimir Putin');
    expect(texts.date).toEqual(['hôm qua (18/5)']);
    expect(texts.call).toContain('điện đàm');
    expect(texts.topic).toEqual(expect.arrayContaining(['Ukraine', 'Syria']));
    expect(texts.agreement?.[0]).toMatch(/^nhất trí/);
    expect(texts.initiator).toContain('theo đề nghị của phía Nga');
    // The body writes "thỏa thuận hòa bình" in NFD with the old tone placement: found all the same.
    expect(texts.topic?.some((t) => t.normalize('NFC') === 'thỏa thuận hòa bình')).toBe(true);
  });

  it('highlights only inside the article: no sidebar headline, no caption, no title', () => {
    const { loc } = located('vov-putin-macron-2022-02-03.html');
    for (const ranges of loc.ranges.values()) {
      for (const r of ranges) {
        const el = (r.startContainer.parentElement ?? r.startContainer) as Element;
        expect(el.closest('.article__body, .article__sapo'), r.toString()).not.toBeNull();
        expect(el.closest('.box-related, figcaption, h1')).toBeNull();
      }
    }
  });

  it('reads the page without changing it', () => {
    const { doc, before } = located('cafef-trump-tap-can-binh-call.html');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('flattens text with a map back to text nodes', () => {
    const doc = new JSDOM('<p>Tổng <b>thống</b>\u00a0Nga</p><p>Putin</p>').window.document;
    const flat = flattenText(doc.body);
    expect(flat.text).toBe('Tổng thống Nga\nPutin\n');
    expect(flat.nodes[5]?.nodeValue).toBe('thống');
  });
});

describe('the words of the initiator and the ordinal', () => {
  it('take the capitalised side after "theo đề nghị của", never the small words after it', () => {
    const article = { title: '', lead: 'Cuộc điện đàm diễn ra theo đề nghị của phía Nga Putin.', paragraphs: ['Hai bên điện đàm theo đề nghị của phía bạn vào chiều qua.'], captions: [] };
    const record = {
      participants: [], topics: [], agreements: [], eventDateExpression: null,
      evidence: { kind: null, eventDate: null, participants: [], agreements: [], earlierCalls: [], initiator: 'Cuộc điện đàm diễn ra theo đề nghị của phía Nga Putin.', ordinal: 'Hai bên điện đàm theo đề nghị của phía bạn vào chiều qua.', topics: {} },
    };
    const words = planHighlights(article as never, record as never).find((p) => p.category === 'initiator')!.phrases;
    expect(words).toEqual(['theo đề nghị của phía Nga Putin', 'theo đề nghị của phía']);
  });
});
