#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/peer/check-export.py: files written by "liaison --export" are read by real peers.
#
#   check-export.py LIAISON DOCUMENT FORMAT
#
# Runs the command line with no display, as a script would, then reads the
# file with the tool people use for that format: networkx for GEXF and
# GraphML, icalendar for .ics, Python's csv module for CSV. Counts and
# attributes are checked against the document itself.

import csv
import json
import os
import re
import subprocess
import sys
import tempfile


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
        ([f'--export={out}.png', document], 1, 'not available yet'),
        ([f'--export={out}.pdf', '--report=org-nowhere', document], 1, 'org-nowhere'),
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
