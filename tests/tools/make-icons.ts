/**
 * Renders assets/icon.svg to the PNG sizes the manifest uses (assets/public/icon/N.png) with
 * Debian's Chromium. Run after changing the SVG:  npx tsx tests/tools/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const svg = readFileSync(`${root}assets/icon.svg`, 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `${root}assets/public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
