/**
 * The collection's charts in Chromium: the timeline (calls per period, stacked by kind) and who
 * talks to whom, with the sample call articles and with the benchmark's 10,000 generated calls:
 * they appear, a bar narrows the filter to its period, an edge to its pair, a node to its country;
 * each chart downloads as SVG and PNG; an empty, a one-call and a one-country collection each get
 * their own designed state. Screenshots in tests/e2e/out/charts.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { bundleForPage } from '../bench/browser';
import { generateCollection } from '../bench/page/generate';
import { corpusParagraphs } from '../bench/pages';
import { fixture, launchWithExtension, removeProfile, ROOT, screenshotDir, startNewsServer, waitForTabState, type ExtensionBrowser, type NewsServer, TEST_TIMEOUT } from './harness';

const CALL_PAGES = [
  'vov-putin-macron-2017-05-18.html',
  'vov-putin-macron-2020-06-26.html',
  'vov-putin-macron-2022-01-28.html',
  'vov-putin-trump-2017-05-02.html',
  'cafef-trump-tap-can-binh-call.html',
  'cafef-macron-putin-2026-01-07.html',
  'vov-putin-macron-2022-02-03.html',
];
const WAIT = { timeout: 30_000 };
/** SVG groups have no box of their own for Playwright's visibility test: wait for them in the DOM. */
const IN_DOM = { ...WAIT, state: 'attached' } as const;
const shots = screenshotDir('charts');

async function openCollection(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`chrome-extension://${b.extensionId}/collection.html`);
  return page;
}

const edges = (page: Page): Promise<Record<string, number>> => page.locator('[data-testid="network-edge"]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-pair')!, Number(e.getAttribute('data-calls'))])));
const bars = (page: Page) => page.locator('[data-testid="timeline-bar"]').evaluateAll((els) => els.map((e) => ({ start: e.getAttribute('data-start')!, total: Number(e.getAttribute('data-total')) })));
const rowCount = (page: Page) => page.getByTestId('call-row').count();

/** Waits until the list shows `n` rows (the list reloads 150 ms after a filter changes). */
async function rowsAre(page: Page, n: number) {
  await page.waitForFunction((want) => document.querySelectorAll('[data-testid="call-row"]').length === want, n, WAIT);
}

async function download(page: Page, testId: string): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), data: readFileSync(path) };
}

/** Imports a JSON export through the collection's Import button. */
async function importFile(page: Page, envelope: unknown, name: string) {
  const file = join(shots, name);
  writeFileSync(file, JSON.stringify(envelope));
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('call-row').first().waitFor(WAIT);
}

describe('the collection charts with the sample calls (Chromium)', () => {
  let server: NewsServer;
  let b: ExtensionBrowser;
  before(async () => {
    console.log(`screenshots: ${shots}`);
    server = await startNewsServer();
    b = await launchWithExtension();
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    await server?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('says there is nothing to chart in an empty collection', { timeout: TEST_TIMEOUT }, async () => {
    const page = await openCollection(b);
    await page.getByTestId('charts-empty').waitFor(WAIT);
    assert.match(await page.getByTestId('charts-empty').innerText(), /Chưa có cuộc điện đàm nào/);
    assert.equal(await page.locator('svg.chart-svg').count(), 0);
    await page.screenshot({ path: join(shots, 'empty.png') });
    await page.close();
  });

  it('draws the saved calls, lists a bar’s calls on hover, and filters by bar, edge and node', { timeout: TEST_TIMEOUT }, async () => {
    for (const file of CALL_PAGES) {
      const page = await b.context.newPage();
      const url = server.urlOf(fixture(file));
      await page.goto(url, { waitUntil: 'load' });
      await waitForTabState(b, url, (s) => s.status === 'call' && s.saved);
      await page.close();
    }
    const page = await openCollection(b);
    await page.getByTestId('network-edge').first().waitFor(IN_DOM);
    await page.getByTestId('call-row').first().waitFor(WAIT);
    const all = await rowCount(page);
    assert.equal(Number(await page.getByTestId('charts').getAttribute('data-calls')), all);
    // Putin–Macron: 2017, 2020, 28/1 and 3/2/2022 reported, 31/1/2022 and 1/7/2025 mentioned, 2026 being arranged.
    const pairs = await edges(page);
    assert.ok(pairs['FR|RU']! >= 6, JSON.stringify(pairs));
    // Putin–Trump on 2/5/2017 (and the calls its article mentions); Trump–Xi.
    assert.ok(pairs['RU|US']! >= 1 && pairs['CN|US']! >= 1, JSON.stringify(pairs));
    const timeline = await bars(page);
    assert.equal(await page.getByTestId('chart-timeline').getAttribute('data-unit'), 'year');
    assert.equal(timeline.reduce((n, x) => n + x.total, 0) + Number((await page.getByTestId('chart-undated').count()) ? (await page.getByTestId('chart-undated').innerText()).match(/\d+/)![0] : 0), all);
    // Stacked by kind: the mentioned calls in their own (grey) segment.
    assert.ok(await page.locator('[data-testid="timeline-bar"] rect[fill="#8c959f"]').count() >= 1);
    await page.screenshot({ path: join(shots, 'sample.png') });

    // Hover: the bar's calls; 2022 has the Putin–Macron calls of January and February.
    const y2022 = page.locator('[data-testid="timeline-bar"][data-start="2022-01-01"]');
    await y2022.hover();
    const card = page.getByTestId('bar-card');
    await card.waitFor(WAIT);
    assert.match(await card.innerText(), /Putin – Emmanuel Macron|Macron – Vladimir Putin/);
    await page.screenshot({ path: join(shots, 'hover.png') });

    // Click a bar: the period becomes the filter's dates; the list and the timeline follow (by month now).
    const total2022 = Number(await y2022.getAttribute('data-total'));
    await y2022.dispatchEvent('click');
    await rowsAre(page, total2022);
    assert.deepEqual(await page.locator('.date-range input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), ['2022-01-01', '2022-12-31']);
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-timeline"]')?.getAttribute('data-unit') === 'month', undefined, WAIT);
    await page.getByRole('button', { name: 'Bỏ lọc', exact: true }).click();
    await rowsAre(page, Math.min(all, 100));

    // Click the Putin–Macron edge: the pair's calls only, and the pair's own timeline.
    await page.locator('[data-testid="network-edge"][data-pair="FR|RU"]').dispatchEvent('click');
    await page.getByTestId('pair-filter').waitFor(WAIT);
    assert.match(await page.getByTestId('pair-filter').innerText(), /Pháp – Nga|Nga – Pháp/);
    await rowsAre(page, pairs['FR|RU']!);
    for (const row of await page.getByTestId('call-row').allInnerTexts()) assert.match(row, /Putin[\s\S]*Macron|Macron[\s\S]*Putin/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="network-edge"]').length === 1, undefined, WAIT);
    await page.screenshot({ path: join(shots, 'pair.png') });

    // The charts download as SVG and PNG, named like the other exports.
    const svg = await download(page, 'save-timeline-svg');
    assert.match(svg.name, /^dien-dam-\d{4}-\d{2}-\d{2}-timeline\.svg$/);
    const text = svg.data.toString('utf8');
    assert.match(text, /^<\?xml/);
    assert.match(text, /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(text, /fill="#0b5cad"/);
    const png = await download(page, 'save-network-png');
    assert.match(png.name, /^dien-dam-\d{4}-\d{2}-\d{2}-network\.png$/);
    assert.deepEqual([...png.data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.data.length > 2000, `PNG of ${png.data.length} bytes`);
    writeFileSync(join(shots, 'export-network.png'), png.data);
    writeFileSync(join(shots, 'export-timeline.svg'), svg.data);
    await page.getByRole('button', { name: /^Bỏ lọc / }).click();

    // A node: that country's calls (the country select shows it).
    const us = page.locator('[data-testid="network-node"][data-key="US"]');
    const usCalls = Number(await us.getAttribute('data-calls'));
    await us.dispatchEvent('click');
    await rowsAre(page, usCalls);
    assert.equal(await page.locator('select').nth(1).inputValue(), 'US');
    await page.getByRole('button', { name: 'Bỏ lọc', exact: true }).click();
    await page.waitForFunction((want) => Number(document.querySelector('[data-testid="charts"]')?.getAttribute('data-calls')) === want, all, WAIT);

    // Leaders: Putin in the middle; the table has the same numbers, a click away.
    await page.getByTestId('network-by-leader').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-network"]')?.getAttribute('data-by') === 'leader', undefined, WAIT);
    assert.equal(await page.locator('[data-testid="network-node"]').first().getAttribute('data-key'), 'vladimir-putin');
    // A leaders' edge: that pair of leaders (the chip names them).
    const trumpPutin = page.locator('[data-testid="network-edge"][data-pair="donald-trump|vladimir-putin"]');
    const trumpPutinCalls = Number(await trumpPutin.getAttribute('data-calls'));
    await trumpPutin.dispatchEvent('click');
    await page.waitForFunction((want) => Number(document.querySelector('[data-testid="charts"]')?.getAttribute('data-calls')) === want, trumpPutinCalls, WAIT);
    await rowsAre(page, trumpPutinCalls);
    assert.match(await page.getByTestId('pair-filter').innerText(), /Donald Trump – Vladimir Putin/);
    await page.getByRole('button', { name: /^Bỏ lọc / }).click();
    await page.waitForFunction((want) => Number(document.querySelector('[data-testid="charts"]')?.getAttribute('data-calls')) === want, all, WAIT);
    await page.getByTestId('chart-table-toggle').click();
    const table = await page.getByTestId('pair-table').innerText();
    assert.match(table, /Vladimir Putin – Emmanuel Macron|Emmanuel Macron – Vladimir Putin/);
    await page.getByTestId('charts').screenshot({ path: join(shots, 'leaders-table.png') });

    // One call (the video call of 2020): one bar among the year's months, one edge.
    await page.getByTestId('chart-table-toggle').click();
    await page.getByTestId('network-by-country').click();
    await page.locator('.date-range input').first().fill('2020-01-01');
    await page.locator('.date-range input').last().fill('2020-12-31');
    await rowsAre(page, 1);
    await page.waitForFunction(() => document.querySelector('[data-testid="charts"]')?.getAttribute('data-calls') === '1', undefined, WAIT);
    assert.deepEqual((await bars(page)).filter((x) => x.total > 0), [{ start: '2020-06-01', total: 1 }]);
    assert.equal(await page.getByTestId('chart-timeline').getAttribute('data-unit'), 'month');
    assert.deepEqual(await edges(page), { 'FR|RU': 1 });
    await page.screenshot({ path: join(shots, 'one-call.png') });
    await page.close();
  });
});

describe('the collection charts with a one-country collection (Chromium)', () => {
  let b: ExtensionBrowser;
  before(async () => {
    b = await launchWithExtension({ locale: 'en-US' });
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('draws the timeline and says there is no pair to draw', { timeout: TEST_TIMEOUT }, async () => {
    const envelope = generateCollection(3, corpusParagraphs());
    const vietnamese = [
      { name: 'Phạm Minh Chính', title: 'Thủ tướng', country: 'VN', leaderId: 'pham-minh-chinh' },
      { name: 'Tô Lâm', title: 'Tổng Bí thư', country: 'VN', leaderId: 'to-lam' },
    ];
    for (const call of envelope.calls) call.participants = vietnamese.map((p) => ({ ...p }));
    const page = await openCollection(b);
    await page.getByTestId('charts-empty').waitFor(WAIT);
    assert.match(await page.getByTestId('charts-empty').innerText(), /No calls to chart yet/);
    await importFile(page, envelope, 'one-country.json');
    await page.getByTestId('chart-network-empty').waitFor(WAIT);
    assert.match(await page.getByTestId('chart-network-empty').innerText(), /only one known country/);
    // Three calls years apart: a few bars (by year), not dozens of empty months.
    const shown = await bars(page);
    assert.ok(shown.length >= 1 && shown.length <= 12, JSON.stringify(shown));
    assert.equal(shown.filter((x) => x.total > 0).reduce((n, x) => n + x.total, 0), 3);
    // The import's summary counts the calls as the list does (the file's articles apart).
    assert.match(await page.getByTestId('import-result').innerText(), /^Calls: 3 added, 0 merged, 0 already saved\s+Articles: 3 added/);
    assert.equal(await page.getByTestId('count').innerText(), 'Showing 3 of 3 calls');
    await page.screenshot({ path: join(shots, 'one-country-en.png') });
    await page.close();
  });
});

describe('the collection charts with 10,000 generated calls (Chromium)', () => {
  let b: ExtensionBrowser;
  before(async () => {
    b = await launchWithExtension();
  }, { timeout: TEST_TIMEOUT });
  after(async () => {
    await b?.close();
    if (b) removeProfile(b.profileDir);
  }, { timeout: TEST_TIMEOUT });

  it('draws them, filters on an edge and a bar, and saves the pictures', { timeout: TEST_TIMEOUT }, async () => {
    // The benchmark's store page (tests/bench/page/store-entry.ts) fills the store through the import.
    const filler = await b.context.newPage();
    await filler.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=0`);
    await filler.evaluate(await bundleForPage(join(ROOT, 'tests/bench/page/store-entry.ts')));
    const filled = await filler.evaluate(([n, paragraphs]) => (globalThis as unknown as { __benchStore: { fill(n: number, p: string[]): Promise<{ calls: number }> } }).__benchStore.fill(n, paragraphs), [10_000, corpusParagraphs()] as const);
    // A few generated calls merge with others (same day, same leaders).
    assert.ok(filled.calls >= 9_900, JSON.stringify(filled));
    await filler.close();

    const page = await openCollection(b);
    const t0 = Date.now();
    await page.getByTestId('network-edge').first().waitFor(IN_DOM);
    await page.getByTestId('timeline-bar').first().waitFor(IN_DOM);
    console.log(`charts of ${filled.calls} calls drawn ${Date.now() - t0} ms after the page opened (not a benchmark: npm run bench measures it)`);
    const timeline = await bars(page);
    assert.equal(await page.getByTestId('chart-timeline').getAttribute('data-unit'), 'year');
    assert.ok(timeline.reduce((n, x) => n + x.total, 0) > 9_000);
    assert.ok((await page.getByTestId('network-node').count()) >= 10);
    await page.screenshot({ path: join(shots, 'generated-10000.png') });

    // The busiest pair: its calls only.
    const [pair, calls] = Object.entries(await edges(page)).sort((x, y) => y[1] - x[1])[0]!;
    const newest = await page.getByTestId('call-row').first().getAttribute('data-call-id');
    await page.locator(`[data-testid="network-edge"][data-pair="${pair}"]`).dispatchEvent('click');
    await page.getByTestId('pair-filter').waitFor(WAIT);
    // Every call left has both countries: the charts draw the edge's calls, no other.
    await page.waitForFunction((want) => Number(document.querySelector('[data-testid="charts"]')?.getAttribute('data-calls')) === want, calls, WAIT);
    assert.equal(Number(await page.locator(`[data-testid="network-edge"][data-pair="${pair}"]`).getAttribute('data-calls')), calls);
    // The list too (it reloads on its own): its newest call is now one of the pair's.
    await page.waitForFunction((id) => document.querySelector('[data-testid="call-row"]')?.getAttribute('data-call-id') !== id, newest, WAIT);
    await rowsAre(page, Math.min(calls, 100));
    const [a, b2] = pair.split('|') as [string, string];
    const names = { RU: 'Nga', VN: 'Việt Nam', US: 'Mỹ', CN: 'Trung Quốc', FR: 'Pháp' } as Record<string, string>;
    if (names[a] && names[b2]) assert.match(await page.getByTestId('pair-filter').innerText(), new RegExp(`${names[a]}|${names[b2]}`));
    await page.screenshot({ path: join(shots, 'generated-pair.png') });

    // A year of that pair: by month.
    const year = (await bars(page)).filter((x) => x.total > 0).at(-1)!;
    await page.locator(`[data-testid="timeline-bar"][data-start="${year.start}"]`).dispatchEvent('click');
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-timeline"]')?.getAttribute('data-unit') === 'month', undefined, WAIT);
    await rowsAre(page, Math.min(year.total, 100));
    assert.ok((await page.getByTestId('pair-filter').innerText()).length > 0);

    const png = await download(page, 'save-timeline-png');
    assert.deepEqual([...png.data.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    writeFileSync(join(shots, 'export-generated-timeline.png'), png.data);
    const svg = await download(page, 'save-network-svg');
    assert.match(svg.data.toString('utf8'), /<svg/);
    await page.close();
  });
});
