/**
 * Accessibility checks for the real-browser tests: axe-core's rules on a page, and a walk of the
 * page by the Tab key that checks what the keyboard reaches (nothing hidden) and that each control
 * looks different when it has the focus (its picture with and without the focus, compared pixel
 * by pixel in the page).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page as it is now (WCAG 2.x A and AA rules, and best practices). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the extension pages' CSP would refuse a script tag.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 4).join(', ')}`).join('\n');

export interface FocusStop {
  /** The control: tag, test id or label. */
  name: string;
  width: number;
  height: number;
  /** Pixels around the control that differ between focused and not. */
  changed: number;
}

/** At most this many Tab presses per page: more than any view here has controls, so a walk always ends. */
const MAX_STOPS = 120;
/** Room around a control for its focus ring (outline and offset). */
const RING = 5;

/**
 * Press Tab from the top of the page until the focus leaves the page or comes back to the first
 * stop, and for each control reached: its size, and how many pixels around it change when it
 * loses the focus (blurred in place, so the page does not scroll between the two pictures).
 */
export async function walkFocus(page: Page): Promise<FocusStop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  let first: string | null = null;
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate((ring) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      el.setAttribute('data-focus-walk', '');
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const x = Math.max(0, Math.floor(r.left - ring));
      const y = Math.max(0, Math.floor(r.top - ring));
      const clip = { x, y, width: Math.min(innerWidth, Math.ceil(r.right + ring)) - x, height: Math.min(innerHeight, Math.ceil(r.bottom + ring)) - y };
      return { name, width: r.width, height: r.height, clip, key: `${name}@${Math.round(r.left + scrollX)},${Math.round(r.top + scrollY)}` };
    }, RING);
    if (!info || info.key === first) break;
    first ??= info.key;
    let changed = 0;
    if (info.clip.width > 0 && info.clip.height > 0) {
      const focused = await page.screenshot({ clip: info.clip, animations: 'disabled', caret: 'hide' });
      await page.evaluate(() => (document.querySelector('[data-focus-walk]') as HTMLElement).blur());
      const blurred = await page.screenshot({ clip: info.clip, animations: 'disabled', caret: 'hide' });
      changed = await page.evaluate(pixelsChanged, [focused.toString('base64'), blurred.toString('base64')] as [string, string]);
      // Back where the walk was: the next Tab goes on from this control.
      await page.evaluate(() => (document.querySelector('[data-focus-walk]') as HTMLElement).focus({ preventScroll: true }));
    }
    await page.evaluate(() => document.querySelector('[data-focus-walk]')?.removeAttribute('data-focus-walk'));
    stops.push({ name: info.name, width: info.width, height: info.height, changed });
  }
  return stops;
}

/**
 * In the page: how many pixels differ between two PNG pictures of the same size (base64). No
 * named function inside: the test's compiler would name it with a helper the page does not have.
 */
async function pixelsChanged(pictures: [string, string]): Promise<number> {
  const [pa, pb] = await Promise.all(
    pictures.map(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    }),
  );
  if (!pa || !pb || pa.length !== pb.length) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < pa.length; i += 4) if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 48) n++;
  return n;
}

/** The stops a keyboard user could not see: too small to be a visible control, or no visible change on focus. */
export function unseenStops(stops: FocusStop[], minChanged = 20): string[] {
  return stops.filter((s) => s.width < 6 || s.height < 6 || s.changed < minChanged).map((s) => `${s.name} ${Math.round(s.width)}×${Math.round(s.height)}, ${s.changed} px change`);
}
