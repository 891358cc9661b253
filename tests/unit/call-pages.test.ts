import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/html-document';
import { analyzePage } from '../../lib/engine';
import { readFixture } from '../helpers/shared';

interface Expected {
  file: string;
  url: string;
  isCall: boolean;
  kind: string | null;
  eventDate: string | null;
  participants: Array<{ name: string; country: string }>;
  initiator: string | null;
  ordinal: number | null;
  earlierCalls: string[];
}
const PAGES: Expected[] = JSON.parse(readFixture('pages/expected.json'));

describe('call records of whole vov.vn / cafef.vn pages', () => {
  it.each(PAGES.map((p) => [p.file, p] as const))('%s', (_file, e) => {
    const r = analyzePage(parseHtml(readFixture(`pages/${e.file}`)), e.url);
    expect(r.detection.isCall).toBe(e.isCall);
    expect(r.detection.kind).toBe(e.kind);
    if (!e.isCall) {
      expect(r.call).toBeNull();
      return;
    }
    const c = r.call!;
    expect(c.eventDate).toBe(e.eventDate);
    expect(c.participants.map((p) => ({ name: p.name, country: p.country }))).toEqual(e.participants);
    expect(c.initiator).toBe(e.initiator);
    expect(c.ordinal).toBe(e.ordinal);
    expect(c.earlierCalls.map((x) => x.date)).toEqual(e.earlierCalls);
  });

  it('the cheap gate stops a list page and a non-call article before extraction', () => {
    for (const file of ['vov-list-the-gioi.html', 'cafef-non-call-phone-product.html']) {
      const e = PAGES.find((p) => p.file === file)!;
      const r = analyzePage(parseHtml(readFixture(`pages/${file}`)), e.url);
      if (!r.gate.pass) expect(r.article).toBeNull();
      expect(r.call).toBeNull();
    }
  });
});
