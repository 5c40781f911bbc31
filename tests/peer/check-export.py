#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/peer/check-export.py: files written by "liaison --export" are read by real peers.
#
#   check-export.py LIAISON DOCUMENT FORMAT
#
# Runs the command line with no display, as a script would, then reads the
# file with the tool people use for that format: networkx for GEXF and
# GraphML, icalendar for .ics, Python's csv module for CSV; pictures of the
# graph are decoded (PNG with zlib, SVG as XML, PDF with poppler's pdfinfo
# and pdftotext). Counts, attributes and names are checked against the
# document itself.

import csv
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zlib


def fail(message):
    print('not ok: ' + message)
    sys.exit(1)


def run(liaison, *args):
    env = dict(os.environ)
    for name in ('DISPLAY', 'WAYLAND_DISPLAY'):
        env.pop(name, None)
    return subprocess.run([liaison, *args], env=env, capture_output=True, text=True, timeout=60)


def export(liaison, document, path, *extra):
    result = run(liaison, '--export=' + path, *extra, document)
    if result.returncode != 0:
        fail(f'export to {os.path.basename(path)} failed ({result.returncode}): {result.stderr}')
    if not os.path.getsize(path):
        fail('the export is empty')


def english(name):
    return name.get('en') or next(iter(name.values()))


def check_network(graph, doc, kind):
    organizations = {o['id']: o for o in doc['organizations']}
    links = {l['id']: l for l in doc['links']}
    if graph.number_of_nodes() != len(organizations):
        fail(f'{kind}: {graph.number_of_nodes()} nodes, expected {len(organizations)}')
    if graph.number_of_edges() != len(links):
        fail(f'{kind}: {graph.number_of_edges()} edges, expected {len(links)}')
    for node, data in graph.nodes(data=True):
        organization = organizations.get(node)
        if organization is None:
            fail(f'{kind}: unknown node {node}')
        if data.get('label') != english(organization['name']):
            fail(f'{kind}: node {node} is labelled {data.get("label")!r}')
        if data.get('kind') != organization.get('kind', 'other'):
            fail(f'{kind}: node {node} has kind {data.get("kind")!r}')
        if organization.get('country') and data.get('country') != organization['country']:
            fail(f'{kind}: node {node} has country {data.get("country")!r}')
        for language, value in organization['name'].items():
            if data.get('name_' + language) != value:
                fail(f'{kind}: node {node} lacks its name in {language}')
    seen = set()
    for source, target, data in graph.edges(data=True):
        link = links.get(data.get('id'))
        if link is None:
            fail(f'{kind}: edge {data.get("id")!r} is not a link of the document')
        seen.add(link['id'])
        if {source, target} != {link['from'], link['to']}:
            fail(f'{kind}: edge {link["id"]} joins {source} and {target}')
        if data.get('kind') != link['kind']:
            fail(f'{kind}: edge {link["id"]} has kind {data.get("kind")!r}')
        if data.get('start') != link.get('start'):
            fail(f'{kind}: edge {link["id"]} starts {data.get("start")!r}, expected {link.get("start")!r}')
        if bool(data.get('directed')) != link.get('directed', False):
            fail(f'{kind}: edge {link["id"]} has the wrong direction')
    if seen != set(links):
        fail(f'{kind}: links missing: {sorted(set(links) - seen)}')


def check_gexf(liaison, document, doc, folder):
    import networkx
    from networkx.readwrite.gexf import GEXF

    path = os.path.join(folder, 'network.gexf')
    export(liaison, document, path)
    with open(path, encoding='utf-8') as f:
        text = f.read()
    if 'version="1.3"' not in text or 'xmlns="http://gexf.net/1.3"' not in text:
        fail('the GEXF export is not GEXF 1.3')
    # networkx before 3.3 knows the 1.1 and 1.2 namespaces only; its reader
    # is the same for 1.3, which only moved the namespace.
    if '1.3' not in GEXF.versions:
        GEXF.versions['1.3'] = {
            'NS_GEXF': 'http://gexf.net/1.3',
            'NS_VIZ': 'http://gexf.net/1.3/viz',
            'NS_XSI': 'http://www.w3.org/2001/XMLSchema-instance',
            'SCHEMALOCATION': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
            'VERSION': '1.3',
        }
    graph = networkx.read_gexf(path)
    if graph.graph.get('mode') != 'dynamic':
        fail('the GEXF export is not a dynamic graph')
    check_network(graph, doc, 'GEXF')
    dated = 0
    for _, _, data in graph.edges(data=True):
        spells = data.get('spells')
        if data.get('start'):
            dated += 1
            if not spells or not spells[0][0] or not spells[0][0].startswith(data['start'][:4]):
                fail(f'GEXF: edge {data["id"]} has no spell for its start {data["start"]}')
    if dated == 0:
        fail('GEXF: no edge has a spell')


def check_graphml(liaison, document, doc, folder):
    import networkx

    path = os.path.join(folder, 'network.graphml')
    export(liaison, document, path)
    graph = networkx.read_graphml(path, force_multigraph=True)
    # networkx takes GraphML edge ids as keys, not data.
    for source, target, key, data in graph.edges(keys=True, data=True):
        data['id'] = key
    check_network(graph, doc, 'GraphML')


def check_ics(liaison, document, doc, folder):
    import icalendar

    path = os.path.join(folder, 'events.ics')
    export(liaison, document, path)
    with open(path, 'rb') as f:
        data = f.read()
    for line in data.split(b'\r\n'):
        if len(line) > 75:
            fail(f'a line of the .ics is longer than 75 octets: {line[:40]!r}')
    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk('VEVENT')
    expected = {e['id']: e for e in doc['events'] if re.fullmatch(r'\d{4}-\d{2}-\d{2}', e.get('start', ''))}
    if len(events) != len(expected):
        fail(f'{len(events)} events in the .ics, expected {len(expected)}')
    for event in events:
        uid = str(event['UID']).split('@')[0]
        source = expected.get(uid)
        if source is None:
            fail(f'unknown event {uid}')
        if event.decoded('DTSTART').isoformat() != source['start']:
            fail(f'{uid} starts {event.decoded("DTSTART")}, expected {source["start"]}')
        end = source.get('end', source['start'])
        if re.fullmatch(r'\d{4}-\d{2}-\d{2}', end) and (event.decoded('DTEND') - event.decoded('DTSTART')).days < 1:
            fail(f'{uid} ends before it starts')
        if str(event['SUMMARY']) not in source['title'].values():
            fail(f'{uid} has the summary {event["SUMMARY"]!r}')


def check_csv(liaison, document, doc, folder):
    for collection in ('organizations', 'people', 'events', 'participations', 'links', 'sources'):
        path = os.path.join(folder, collection + '.csv')
        export(liaison, document, path, '--list=' + collection)
        with open(path, encoding='utf-8-sig', newline='') as f:
            rows = list(csv.DictReader(f))
        if len(rows) != len(doc[collection]):
            fail(f'{collection}.csv has {len(rows)} rows, expected {len(doc[collection])}')
        for row, record in zip(rows, doc[collection]):
            if row['id'] != record['id']:
                fail(f'{collection}.csv: row {row["id"]} is not {record["id"]}')
            for key, value in record.items():
                if isinstance(value, str) and key in row and key not in ('from', 'to', 'organization', 'event', 'person', 'affiliation', 'parent'):
                    if row[key] != value:
                        fail(f'{collection}.csv: {record["id"]} has {key} {row[key]!r}, expected {value!r}')
                if isinstance(value, dict) and key in ('name', 'title'):
                    for language, text in value.items():
                        if row.get(f'{key}_{language}') != text:
                            fail(f'{collection}.csv: {record["id"]} lacks its {key} in {language}')


def check_cli(liaison, document, doc, folder):
    """Errors go to standard error with a non-zero status; reports are PDF."""
    out = os.path.join(folder, 'out')
    cases = [
        ([f'--export={out}.gexf', os.path.join(folder, 'missing.liaison')], 1, 'missing.liaison'),
        ([f'--export={out}.gexf', '--format=docx', document], 2, 'docx'),
        ([f'--export={out}', document], 2, '--format'),
        ([f'--export={out}.csv', '--list=planets', document], 2, 'planets'),
        ([f'--export={out}.png', '--format=jpeg', document], 2, 'jpeg'),
        ([f'--export={out}.png', '--size=1600', document], 2, '1600'),
        ([f'--export={out}.png', '--size=0x100', document], 2, '0x100'),
        ([f'--export={out}.png', '--size=20000x100', document], 2, '20000x100'),
        ([f'--export={out}.csv', '--size=800x600', document], 2, '--size'),
        ([f'--export={out}.svg', '--language=de', document], 2, 'de'),
        ([f'--export={out}.pdf', '--report=org-nowhere', document], 1, 'org-nowhere'),
        ([f'--export={out}.ics', '--report=org-sci-japan', document], 2, 'PDF'),
        ([f'--export={folder}/no/such/folder/graph.png', document], 1, 'graph.png'),
        ([f'--export={out}.gexf'], 2, 'document'),
    ]
    for args, status, words in cases:
        result = run(liaison, *args)
        if result.returncode != status:
            fail(f'{args} exited with {result.returncode}, expected {status}: {result.stderr}')
        if words not in result.stderr or not result.stderr.startswith('liaison: '):
            fail(f'{args} said {result.stderr!r}, without {words!r}')
        if result.stdout:
            fail(f'{args} wrote to standard output')

    report = out + '-report.pdf'
    export(liaison, document, report, '--report=evt-cjk-webinar-2020')
    with open(report, 'rb') as f:
        if not f.read(5) == b'%PDF-':
            fail('the report is not a PDF')
    check_long_report(liaison, doc, folder)

    check_png(liaison, document, folder)
    check_svg(liaison, document, doc, folder)
    check_pdf(liaison, document, folder)


def pdf_text(path):
    result = subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f'pdftotext cannot read {os.path.basename(path)}: {result.stderr}')
    return ' '.join(result.stdout.split())


def pdf_pages(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    match = re.search(r'^Pages:\s+(\d+)$', info, re.M)
    if match is None:
        fail(f'pdfinfo cannot read {os.path.basename(path)}: {info}')
    return int(match.group(1))


def check_long_report(liaison, doc, folder):
    """A report longer than a page goes on to more pages and loses nothing;
    in Japanese, its headings and names are Japanese."""
    if shutil.which('pdftotext') is None or shutil.which('pdfinfo') is None:
        fail('pdftotext and pdfinfo (poppler-utils) are needed to read reports')
    big = json.loads(json.dumps(doc))
    big['events'].append({'id': 'evt-big', 'title': {'en': 'A Very Large Conference', 'ja': '大規模会議'},
                          'kind': 'conference', 'start': '2024-05-early',
                          'description': ' '.join(['A long description of the conference.'] * 60)})
    names = []
    for number in range(150):
        names.append(f'Organization number {number}')
        big['organizations'].append({'id': f'org-n{number}', 'name': {'en': names[-1]}, 'kind': 'city'})
        big['participations'].append({'id': f'part-n{number}', 'organization': f'org-n{number}',
                                      'event': 'evt-big', 'role': ['host', 'presenter', 'attendee'][number % 3]})
    path = os.path.join(folder, 'big.liaison')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(big, f, ensure_ascii=False)

    report = os.path.join(folder, 'big.pdf')
    export(liaison, path, report, '--report=evt-big')
    pages, text = pdf_pages(report), pdf_text(report)
    if pages < 2:
        fail(f'the long report has {pages} page')
    if f'Page {pages} of {pages}' not in text or 'early May 2024' not in text:
        fail(f'the long report lacks its page numbers or its date: {text[-300:]!r}')
    missing = [name for name in names if name not in text]
    if missing:
        fail(f'the long report lost {len(missing)} names, such as {missing[:3]}')
    if text.count('A long description of the conference.') != 60:
        fail('the long report lost some of its description')

    report = os.path.join(folder, 'webinar-ja.pdf')
    export(liaison, path, report, '--report=evt-cjk-webinar-2020', '--language=ja')
    # Lines of Japanese break between any two characters: compare without spaces.
    text = pdf_text(report).replace(' ', '')
    organization = next(o for o in doc['organizations'] if o['id'] == 'org-sci-japan')
    if '参加組織' not in text or organization['name']['ja'] not in text or '2020年8月5日' not in text:
        fail(f'the Japanese report is not in Japanese: {text[:300]!r}')
    fonts = subprocess.run(['pdffonts', report], capture_output=True, text=True).stdout
    if 'CJKjp' not in fonts:
        fail(f'the Japanese report has no Japanese font: {fonts}')
    report = os.path.join(folder, 'webinar-zh_TW.pdf')
    export(liaison, path, report, '--report=evt-cjk-webinar-2020', '--language=zh_TW')
    fonts = subprocess.run(['pdffonts', report], capture_output=True, text=True).stdout
    if 'CJKtc' not in fonts or 'CJKjp' in fonts:
        fail(f'the Taiwanese report does not draw Han characters in their Taiwanese forms: {fonts}')


def png_size(path):
    """Decodes a PNG fully: its chunks, their checksums, its pixels."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        fail(f'{os.path.basename(path)} is not a PNG')
    position, idat, header = 8, b'', None
    while position < len(data):
        length, kind = struct.unpack('>I4s', data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        crc, = struct.unpack('>I', data[position + 8 + length:position + 12 + length])
        if zlib.crc32(kind + body) != crc:
            fail(f'{os.path.basename(path)}: chunk {kind!r} is damaged')
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        position += 12 + length
        if kind == b'IEND':
            break
    if header is None or kind != b'IEND':
        fail(f'{os.path.basename(path)} has no IHDR or no IEND')
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace != 0:
        fail(f'{os.path.basename(path)}: unexpected PNG format {header}')
    pixels = zlib.decompress(idat)
    channels = 4 if color == 6 else 3
    if len(pixels) != height * (1 + width * channels):
        fail(f'{os.path.basename(path)}: {len(pixels)} bytes of pixels for {width}x{height}')
    if len(set(pixels[1:1 + width * channels])) < 2 and len(set(pixels)) < 16:
        fail(f'{os.path.basename(path)} is blank')
    return width, height


def check_png(liaison, document, folder):
    """Pictures of the graph, with no display: the default size and --size."""
    for args, size in (([], (1600, 1000)), (['--size=640x480'], (640, 480)), (['--size=1200X900', '--format=png'], (1200, 900))):
        path = os.path.join(folder, f'graph-{size[0]}.png')
        export(liaison, document, path, *args)
        if png_size(path) != size:
            fail(f'{args}: the PNG is {png_size(path)}, expected {size}')
        if shutil.which('identify'):
            result = subprocess.run(['identify', '-format', '%m %w %h', path], capture_output=True, text=True)
            if result.stdout.strip() != f'PNG {size[0]} {size[1]}':
                fail(f'ImageMagick reads {path} as {result.stdout!r} {result.stderr!r}')


def svg_texts(path):
    namespace = '{http://www.w3.org/2000/svg}'
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        fail(f'{os.path.basename(path)} is not XML: {error}')
    if root.tag != namespace + 'svg':
        fail(f'{os.path.basename(path)} is not SVG: {root.tag}')
    return root, [''.join(text.itertext()) for text in root.iter(namespace + 'text')]


def check_svg(liaison, document, doc, folder):
    """SVG keeps names as text, in the language asked for."""
    path = os.path.join(folder, 'graph.svg')
    export(liaison, document, path, '--size=1600x1000')
    root, texts = svg_texts(path)
    if (root.get('width'), root.get('height')) != ('1600', '1000'):
        fail(f'the SVG is {root.get("width")}x{root.get("height")}')

    def shown(names):
        return any(text == name or (text.endswith('…') and name.startswith(text[:-1]))
                   for text in texts for name in names if name)

    named = [o for o in doc['organizations'] if shown([english(o['name']), o.get('short_name')])]
    if len(named) < 0.8 * len(doc['organizations']):
        missing = [english(o['name']) for o in doc['organizations'] if o not in named]
        fail(f'the SVG names {len(named)} of {len(doc["organizations"])} organizations; missing: {missing}')
    if 'WeGO' not in texts or 'Countries' not in texts:
        fail(f'the SVG lacks WeGO or its legend: {texts[:20]}')

    path = os.path.join(folder, 'graph-ja.svg')
    export(liaison, document, path, '--language=ja')
    root, texts = svg_texts(path)
    if root.get('{http://www.w3.org/XML/1998/namespace}lang') != 'ja':
        fail('the Japanese SVG is not marked as Japanese')
    japanese = [o['name']['ja'] for o in doc['organizations'] if 'ja' in o['name']]
    if '国・地域' not in texts or not any(shown([name]) for name in japanese):
        fail(f'the Japanese SVG has no Japanese: {texts[:20]}')


def check_pdf(liaison, document, folder):
    """A PDF of the graph: one page of the size asked for, names as text."""
    path = os.path.join(folder, 'graph.pdf')
    export(liaison, document, path, '--size=800x500')
    with open(path, 'rb') as f:
        data = f.read()
    if not data.startswith(b'%PDF-'):
        fail('the graph PDF is not a PDF')
    if shutil.which('pdfinfo') is None:
        if len(re.findall(rb'/Type\s*/Page[^s]', data)) != 1:
            fail('the graph PDF does not have one page')
        return
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    if not re.search(r'^Pages:\s+1$', info, re.M) or not re.search(r'^Page size:\s+800 x 500 pts', info, re.M):
        fail(f'pdfinfo says: {info}')
    text = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if 'WeGO' not in text:
        fail(f'the graph PDF has no names as text: {text[:200]!r}')


def main():
    liaison, document, kind = sys.argv[1:4]
    with open(document, encoding='utf-8') as f:
        doc = json.load(f)
    with tempfile.TemporaryDirectory() as folder:
        {'gexf': check_gexf, 'graphml': check_graphml, 'ics': check_ics, 'csv': check_csv, 'cli': check_cli}[kind](
            liaison, document, doc, folder)
    print('ok')


if __name__ == '__main__':
    main()
