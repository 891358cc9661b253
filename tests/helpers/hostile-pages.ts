import fc from 'fast-check';

/**
 * Pages whose heads (and bodies) are full of things a browser would load: preloads, stylesheets,
 * scripts, frames, images, a <base>, with protocol-relative, relative, malformed, data: and
 * local-server addresses, quoted every way. The command line must read them as data: load none of
 * them, throw nothing later, and give each file its line (tests/unit/cli-hostile.test.ts).
 */

/** `origin` is a server of the test's own: any request that reaches it is a load that should not have happened. */
export function addresses(origin: string) {
  return fc.constantFrom(
    '//cdn.cnn.com/x.json', // the page that killed a 181-page batch
    '//cdn.example.com/a/b.css',
    '//',
    'x/y.css',
    '../../z.js',
    '/abs/path.json',
    '?q=1',
    '#frag',
    '',
    ' ',
    'http://[::1',
    'https://exa mple.com/%zz',
    'http://',
    'https://',
    ':::',
    'http://[bad]/x',
    'http://a:b:c@/x',
    '\u200b\u00a0//x', // (a NUL byte would make the file "binary" to the command line, refused before parsing)
    'data:text/css,body{color:red}',
    'data:application/json,{}',
    'data:text/html,<script>parent.__pwned=1</script>',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:,',
    'javascript:window.__pwned=1',
    'file:///etc/passwd',
    'blob:https://x/1',
    `${origin}/preload.json`,
    `${origin}/style.css`,
    `${origin}/script.js`,
    `${origin}/frame.html`,
    `${origin}/image.png`,
    `${origin.replace(/^http:/, '')}/protocol-relative.json`,
    'x'.repeat(3000),
  );
}

const quoted = (value: string) =>
  fc.constantFrom(`"${value.replace(/"/g, '&quot;')}"`, `'${value.replace(/'/g, '&#39;')}'`, value.replace(/[\s"'>]/g, '') || 'x');
/** What separates attributes: a browser's parser takes a slash or no space after a quote too. */
const gap = fc.constantFrom(' ', '\n', '/', '  ', '\t');

/** One element a browser would load something for. */
export function loadingElement(origin: string) {
  const url = addresses(origin);
  const attr = (name: string, value: fc.Arbitrary<string>) => fc.tuple(gap, value.chain(quoted)).map(([g, v]) => `${g}${name}=${v}`);
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom('preload', 'stylesheet', 'modulepreload', 'prefetch', 'preload stylesheet', 'PRELOAD', 'icon', 'dns-prefetch', 'alternate'),
        fc.constantFrom('fetch', 'script', 'style', 'image', 'font', 'document', ''),
        url,
        fc.boolean(),
      )
      .chain(([rel, as, href, relFirst]) =>
        fc.tuple(attr('rel', fc.constant(rel)), attr('href', fc.constant(href)), attr('as', fc.constant(as)), gap).map(([r, h, a, g]) => (relFirst ? `<link${r}${h}${a}${g}>` : `<link${h}${a}${r}>`)),
      ),
    fc.tuple(attr('src', url), fc.constantFrom('', ' type="module"', ' type="text/javascript"', ' async', ' defer')).map(([src, type]) => `<script${src}${type}></script>`),
    fc.constantFrom('<script>window.__pwned = 1; document.write("<link rel=preload as=fetch href=//x>")</script>', '<script type="module">import "//cdn/x.js"</script>', '<script type="importmap">{"imports":{"a":"//x"}}</script>'),
    attr('src', url).map((src) => `<iframe${src}></iframe>`),
    fc.constantFrom('<p>điện đàm</p>', '<iframe srcdoc="<p>x</p>"></iframe>', '<script>top.__pwned=1</script>').map((doc) => `<iframe srcdoc="${doc.replace(/"/g, '&quot;')}"></iframe>`),
    attr('src', url).map((src) => `<frameset><frame${src}></frameset>`),
    fc.tuple(attr('src', url), attr('srcset', url)).map(([src, srcset]) => `<img${src}${srcset}>`),
    attr('href', url).map((href) => `<base${href}>`),
    url.map((u) => `<style>@import url("${u}"); body { background: url(${u}) }</style>`),
    url.map((u) => `<meta http-equiv="refresh" content="0; url=${u}">`),
    fc.tuple(attr('data', url), attr('src', url)).map(([data, src]) => `<object${data}></object><embed${src}>`),
    attr('src', url).map((src) => `<video${src} autoplay></video><audio${src} autoplay></audio>`),
    attr('href', url).map((href) => `<svg><image${href}/><use${href}/></svg>`),
  );
}

const PARAGRAPHS = [
  'Ngày 3/2, Tổng thống Nga Vladimir Putin và người đồng cấp Pháp Emmanuel Macron đã có cuộc điện đàm về tình hình Ukraine.',
  'Hai bên thảo luận nhiều vấn đề hợp tác song phương và quốc tế cùng quan tâm trong bối cảnh mới.',
  'Theo Điện Kremlin, cuộc điện đàm diễn ra theo đề nghị của phía Pháp.',
  'Russian President Vladimir Putin held a phone call with French President Emmanuel Macron, the Kremlin said.',
];

/** A whole hostile page: loading elements in its head and its body, around an article (or none). */
export function hostilePage(origin: string) {
  const elements = fc.array(loadingElement(origin), { minLength: 1, maxLength: 12 });
  return fc
    .record({
      head: elements,
      body: fc.array(loadingElement(origin), { maxLength: 4 }),
      title: fc.constantFrom('Tổng thống Nga điện đàm với Tổng thống Pháp', 'Putin holds phone call with Macron', '', '<b>x</b>'),
      paragraphs: fc.array(fc.constantFrom(...PARAGRAPHS), { maxLength: 6 }),
      doctype: fc.boolean(),
    })
    .map(
      ({ head, body, title, paragraphs, doctype }) =>
        `${doctype ? '<!doctype html>' : ''}<html><head><meta charset="utf-8"><title>${title}</title>${head.join('\n')}</head>` +
        `<body><article><h1>${title}</h1>${body.join('')}${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
}

/** The address the page is read under (a manifest's "url"), or none (the file's own). */
export const pageAddress = fc.constantFrom('https://edition.cnn.com/2024/01/01/world/x/index.html', 'https://vov.vn/the-gioi/x-post1.vov', 'http://localhost/', 'not a url', null);
