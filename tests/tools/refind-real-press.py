#!/usr/bin/env python3
"""Re-find the texts of the real-press sets on a new machine (they are never committed: see
tests/fixtures/real-press-dev/README.md). The manifests keep each text's address; the texts were the stored-page
search's excerpts. A person or a helper session queries that search and pipes each wanted result here.

  python3 tests/tools/refind-real-press.py have URL [URL …]   WANT <file> | SAVED <file> | - (in no manifest)
  python3 tests/tools/refind-real-press.py save < results     writes every wanted result's excerpt to $REAL_PRESS/<file>
  python3 tests/tools/refind-real-press.py status             saved texts per set, calls and others
  python3 tests/tools/refind-real-press.py wanted > wanted.tsv  file, CALL|other, class, address, labelled parties

`save` reads one JSON object per line, {"url": …, "excerpt": …}, the excerpt as the search tool gave it (its JSON
string, escapes kept), or the tool's whole answer ({"results": […]}). Where an address is saved already, the longer
excerpt is kept (two answers for one page may be cut at different lengths). The brief for helper sessions that do the
querying is tests/tools/refind-real-press.md.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, '..', 'fixtures')
OUT = os.environ.get('REAL_PRESS') or os.path.join(HERE, '..', '..', '..', 'real-press')


def norm(url):
    """An address without its scheme, www./m. prefix, trailing slash and case: copies of one page differ in these."""
    u = re.sub(r'^https?://', '', url.strip())
    u = re.sub(r'^(?:www\.|m\.)', '', u)
    return u.rstrip('/').lower()


def manifests():
    for m in sorted(glob.glob(os.path.join(FIXTURES, 'real-press-*', 'manifest.jsonl'))):
        for line in open(m, encoding='utf8'):
            if line.strip():
                yield json.loads(line)


def index():
    out = {}
    for d in manifests():
        for key in (d['url'], norm(d['url'])):
            out.setdefault(key, set()).add(d['file'])
    return out


def files_of(idx, url):
    return sorted(idx.get(url, set()) | idx.get(norm(url), set()))


def have(urls):
    idx = index()
    for u in urls:
        files = files_of(idx, u)
        if not files:
            print(f'-     {u}')
        for f in files:
            print(('SAVED ' if os.path.exists(os.path.join(OUT, f)) else 'WANT  ') + f + '  ' + u)


def save(raw):
    idx = index()
    items = []
    try:
        v = json.loads(raw)
        items = v if isinstance(v, list) else [v]
    except json.JSONDecodeError:
        items = [json.loads(line) for line in raw.splitlines() if line.strip()]
    while items:
        it = items.pop(0)
        if 'results' in it:
            items.extend(it['results'])
            continue
        url, text = it.get('url', ''), it.get('excerpt', '')
        files = files_of(idx, url)
        if not files:
            print(f'not in any manifest: {url}')
        for f in files:
            path = os.path.join(OUT, f)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if os.path.exists(path) and len(open(path, encoding='utf8').read()) >= len(text):
                print(f'kept {f} (saved already, as long or longer)')
                continue
            with open(path, 'w', encoding='utf8') as fh:
                fh.write(text)
            print(f'saved {f} ({len(text)} chars) {url}')


def status():
    sets = {}
    for d in manifests():
        s = d['file'].split('/')[0]
        k = 0 if d['expected'].get('isCall') else 2
        row = sets.setdefault(s, [0, 0, 0, 0])
        row[k] += 1
        row[k + 1] += os.path.exists(os.path.join(OUT, d['file']))
    total = [0, 0, 0, 0]
    for s, v in sorted(sets.items()):
        print(f'{s:8} calls {v[1]}/{v[0]}  others {v[3]}/{v[2]}')
        total = [a + b for a, b in zip(total, v)]
    print(f'all      calls {total[1]}/{total[0]}  others {total[3]}/{total[2]}')


def wanted():
    for d in manifests():
        e = d['expected']
        parties = '; '.join(f"{p.get('title') or ''} {p.get('name') or ''} ({p.get('country') or '?'})".strip() for p in e.get('participants') or [])
        print(d['file'], 'CALL' if e.get('isCall') else 'other', d['class'], d['url'], parties, sep='\t')


if __name__ == '__main__':
    cmd, args = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ('', [])
    if cmd == 'have':
        have(args)
    elif cmd == 'save':
        save(sys.stdin.read())
    elif cmd == 'status':
        status()
    elif cmd == 'wanted':
        wanted()
    else:
        print(__doc__)
        sys.exit(2)
