import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, HAS_SHARED, SHARED } from '../helpers/shared';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function extract(args: string[]) {
  const r = spawnSync(TSX, ['lib/cli/extract.ts', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
  return { status: r.status, lines, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'dien-dam-cli-'));
const write = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe('the extract command line', () => {
  it.skipIf(!HAS_SHARED)('prints one record per seed, in the documented shape', () => {
    const files = readdirSync(`${SHARED}seeds`).map((f) => `${SHARED}seeds/${f}`);
    const { status, lines } = extract(files);
    expect(status).toBe(0);
    expect(lines).toHaveLength(5);
    for (const o of lines) {
      expect(Object.keys(o)).toEqual(['file', 'isCall', 'kind', 'confidence', 'article', 'call']);
      expect(Object.keys(o.article)).toEqual(['title', 'lead', 'text', 'publishedAt', 'siteName', 'attribution', 'isArticle']);
      expect(Object.keys(o.call)).toEqual(['kind', 'eventDate', 'eventDatePartial', 'participants', 'initiator', 'ordinal', 'topics', 'agreements', 'earlierCalls']);
    }
    expect(lines[0]!.call.eventDatePartial).toBe('--05-18');
  });

  it('uses --url and --published for every file', () => {
    const f = write('call.txt', 'Tổng thống Nga điện đàm với Tổng thống Pháp\nNgày 3/2, Tổng thống Nga Vladimir Putin và người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm về Ukraine.');
    const { lines } = extract(['--url', 'https://vov.vn/the-gioi/x-post1.vov', '--published', '2022-02-04', f]);
    expect(lines[0]!.article.siteName).toBe('vov.vn');
    expect(lines[0]!.article.publishedAt).toBe('2022-02-04T00:00:00+07:00');
    expect(lines[0]!.call.eventDate).toBe('2022-02-03');
  });

  it('reads a .html file as a whole page', () => {
    const { lines } = extract(['--url', 'https://vov.vn/the-gioi/tong-thong-putin-lan-dau-dien-dam-voi-tan-tong-thong-phap-macron-post646312.vov', `${FIXTURES}pages/vov-putin-macron-2017-05-18.html`]);
    expect(lines[0]!.isCall).toBe(true);
    expect(lines[0]!.call.eventDate).toBe('2017-05-18');
  });

  it('gives bad input a result or a clear error, and keeps going', () => {
    const empty = write('empty.txt', '');
    const binary = write('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const broken = write('broken.html', '<html><body><h1>Tổng thống Nga điện đàm<div><p>Ngày 3/2, Tổng thống Nga Vladimir Putin và người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm<p>');
    const english = write('english.html', '<html lang="en"><head><title>Putin holds phone call with Macron</title></head><body><h1>Putin holds phone call with Macron</h1><p>Russian President Vladimir Putin held a phone call with French President Emmanuel Macron on Ukraine and Syria, the Kremlin said on Thursday in a statement about the conversation.</p></body></html>');
    const chinese = write('chinese.html', '<html lang="zh"><body><h1>普京与马克龙通电话</h1><p>俄罗斯总统普京与法国总统马克龙通电话，双方讨论了乌克兰和叙利亚问题，并同意保持联系。</p></body></html>');
    const paragraph = '<p>Hai bên thảo luận nhiều vấn đề hợp tác song phương và quốc tế cùng quan tâm trong bối cảnh mới. </p>';
    const huge = write('huge.html', `<html><body><h1>Trang rất lớn</h1>${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}</body></html>`);
    const deep = write('deep.html', `<html><body><h1>Tổng thống Nga điện đàm</h1>${'<div>'.repeat(10_000)}<p>Sâu</p></body></html>`);
    const missing = join(tmp, 'does-not-exist.txt');
    const { status, lines, stderr } = extract([empty, binary, broken, english, chinese, huge, deep, missing]);
    expect(status).toBe(1);
    expect(lines.map((l) => l.file)).toEqual([empty, broken, english, chinese, huge, deep]);
    expect(lines.find((l) => l.file === deep)!.isCall).toBe(false);
    expect(stderr).toContain(`${binary}: binary file`);
    expect(stderr).toContain(missing);
    for (const l of lines) expect(typeof l.isCall).toBe('boolean');
    expect(lines.find((l) => l.file === english)!.isCall).toBe(false);
    expect(lines.find((l) => l.file === chinese)!.isCall).toBe(false);
    expect(lines.find((l) => l.file === empty)!.article.isArticle).toBe(false);
  });

  it('runs a manifest of 100 inputs in one process', () => {
    const corpus = `${FIXTURES}corpus/`;
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    const list = Array.from({ length: 100 }, (_, i) => JSON.stringify({ file: corpus + files[i % files.length], published: '2024-01-01' })).join('\n');
    const manifest = write('manifest.jsonl', list);
    const { status, lines } = extract(['--manifest', manifest]);
    expect(status).toBe(0);
    expect(lines).toHaveLength(100);
  });

  it('says how to use it', () => {
    const r = extract([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
