/**
 * A chart as a file: its SVG, standalone (namespace, white background, the page's font), or that
 * SVG drawn on a canvas at twice its size as PNG. Everything happens in the page: no network.
 */
import { chartFileName } from '../lib/chart/timeline';
import { download } from './download';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The page's font stack: the exported picture is read outside the page's stylesheet. */
const FONT = "'Noto Sans', 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/** The chart's SVG as a document of its own. The colours are attributes already (not CSS variables), so it looks the same anywhere. */
export function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const [x, y, width, height] = (copy.getAttribute('viewBox') ?? '0 0 720 220').split(/\s+/).map(Number) as [number, number, number, number];
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('font-family', FONT);
  copy.removeAttribute('class');
  copy.removeAttribute('aria-hidden');
  const background = document.createElementNS(SVG_NS, 'rect');
  // Under the whole view box, which need not start at 0 (the network's is cut to its nodes).
  background.setAttribute('x', String(x));
  background.setAttribute('y', String(y));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height));
  background.setAttribute('fill', '#fff');
  copy.insertBefore(background, copy.firstChild);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`, width, height };
}

export function saveSvg(svg: SVGSVGElement, chart: 'timeline' | 'network', now = new Date()): void {
  download(chartFileName(chart, 'svg', now), standaloneSvg(svg).text, 'image/svg+xml');
}

/** Drawing the image must not wait for ever (a broken SVG never loads nor errors in some browsers). */
const IMAGE_TIMEOUT_MS = 10_000;

export async function savePng(svg: SVGSVGElement, chart: 'timeline' | 'network', now = new Date()): Promise<void> {
  const { text, width, height } = standaloneSvg(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the chart could not be drawn as an image')), IMAGE_TIMEOUT_MS);
      image.onload = () => (clearTimeout(timer), resolve());
      image.onerror = () => (clearTimeout(timer), reject(new Error('the chart could not be drawn as an image')));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
    download(chartFileName(chart, 'png', now), png, 'image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
