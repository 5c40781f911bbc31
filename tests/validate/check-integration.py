#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-integration.py: the Flatpak manifest, the desktop file and the
# metainfo agree with the project and with each other.
#
# usage: check-integration.py SOURCE_ROOT APP_ID DESKTOP_FILE METAINFO_FILE
#
# DESKTOP_FILE and METAINFO_FILE are the built, translated files.

import configparser
import json
import os
import sys
import xml.etree.ElementTree as ET

root, app_id, desktop_path, metainfo_path = sys.argv[1:5]
languages = ['ja', 'ko', 'zh_CN', 'zh_TW']
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# The Flatpak manifest: the right app, the right command, and no permission
# beyond what a document-based GTK app needs.
with open(os.path.join(root, 'flatpak', app_id + '.json'), encoding='utf-8') as f:
    manifest = json.load(f)

check(manifest.get('id') == app_id, f'manifest id is {manifest.get("id")!r}, not {app_id!r}')
check(manifest.get('command') == 'liaison', f'manifest command is {manifest.get("command")!r}, not the binary liaison')
check(manifest.get('runtime') == 'org.gnome.Platform' and manifest.get('sdk') == 'org.gnome.Sdk',
      'manifest must use the GNOME runtime and SDK')
try:
    check(int(manifest.get('runtime-version', '0')) >= 48, 'manifest runtime must be GNOME 48 or later (GTK 4.18, libadwaita 1.7)')
except ValueError:
    failures.append(f'manifest runtime-version {manifest.get("runtime-version")!r} is not a GNOME release')
check(manifest.get('separate-locales') is False,
      'manifest must keep translations in the main package (separate-locales: false) for the in-app language switch')

allowed = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}
finish_args = set(manifest.get('finish-args', []))
for arg in sorted(finish_args - allowed):
    failures.append(f'manifest grants {arg}, which Liaison does not need')
for arg in sorted(allowed - finish_args):
    failures.append(f'manifest lacks {arg}')

modules = manifest.get('modules', [])
check(modules, 'manifest has no modules')
if modules:
    last = modules[-1]
    check(last.get('name') == 'liaison' and last.get('buildsystem') == 'meson',
          'the last module must build liaison with meson')
    sources = last.get('sources', [])
    check(any(s.get('type') == 'dir' and s.get('path') == '..' for s in sources),
          'the liaison module must build from the local checkout (type dir, path ..)')

# The desktop file: the binary, the icon, the MIME type, and names and
# keywords in every language.
desktop = configparser.RawConfigParser(interpolation=None, strict=False)
desktop.optionxform = str
desktop.read(desktop_path, encoding='utf-8')
entry = desktop['Desktop Entry']
check(entry.get('Exec', '').split()[0] == 'liaison', 'desktop Exec must run liaison')
check(entry.get('Icon') == app_id, 'desktop Icon must be the app id')
check(os.path.exists(os.path.join(root, 'data', 'icons', 'hicolor', 'scalable', 'apps', app_id + '.svg')),
      'the application icon is missing')

mime_tree = ET.parse(os.path.join(root, 'data', app_id + '.mime.xml'))
ns = {'m': 'http://www.freedesktop.org/standards/shared-mime-info'}
mime_types = [m.get('type') for m in mime_tree.getroot().findall('m:mime-type', ns)]
desktop_mime = [m for m in entry.get('MimeType', '').split(';') if m]
check(desktop_mime == mime_types, f'desktop MimeType {desktop_mime} does not match the MIME definition {mime_types}')
for mime in mime_tree.getroot().findall('m:mime-type', ns):
    icon = mime.find('m:icon', ns)
    check(icon is not None and os.path.exists(
        os.path.join(root, 'data', 'icons', 'hicolor', 'scalable', 'mimetypes', icon.get('name') + '.svg')),
        f'the document icon of {mime.get("type")} is missing')
    check(mime.find('m:glob', ns) is not None and mime.find('m:glob', ns).get('pattern') == '*.liaison',
          'the MIME type must match *.liaison files')

for key in ('GenericName', 'Comment', 'Keywords'):
    english = entry.get(key)
    check(english, f'desktop file has no {key}')
    for lang in languages:
        value = entry.get(f'{key}[{lang}]')
        check(value and value != english, f'desktop {key} is not translated into {lang}')
        if key == 'Keywords' and value:
            check(value.endswith(';') and len([k for k in value.split(';') if k]) >= 5,
                  f'desktop Keywords[{lang}] must be a ;-terminated list of several terms')

# The metainfo: translated, with real screenshots that exist in the tree.
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'
# msgfmt writes BCP 47 tags for Chinese: zh-Hans-CN, zh-Hant-TW.
BCP47 = {'zh-Hans-CN': 'zh_CN', 'zh-Hant-TW': 'zh_TW', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW'}


def lang_of(element):
    tag = element.get(XML_LANG)
    return BCP47.get(tag, tag)


component = ET.parse(metainfo_path).getroot()
check(component.findtext('id') == app_id, 'metainfo id is not the app id')
for tag in ('summary',):
    found = {lang_of(e) for e in component.findall(tag)}
    for lang in languages:
        check(lang in found, f'metainfo {tag} is not translated into {lang}')
description_langs = {lang_of(p) for p in component.findall('description/p')}
for lang in languages:
    check(lang in description_langs, f'metainfo description is not translated into {lang}')

screenshots = component.findall('screenshots/screenshot')
check(len(screenshots) >= 4, f'metainfo has {len(screenshots)} screenshots, fewer than 4')
for screenshot in screenshots:
    url = screenshot.findtext('image', '')
    name = url.rsplit('/', 1)[-1]
    check(os.path.exists(os.path.join(root, 'data', 'screenshots', name)),
          f'screenshot {name} is not in data/screenshots')
    captions = {lang_of(c) for c in screenshot.findall('caption')}
    for lang in languages:
        check(lang in captions, f'the caption of {name} is not translated into {lang}')

releases = component.findall('releases/release')
check(releases, 'metainfo has no releases')
for release in releases:
    check(release.find('description') is not None, f'release {release.get("version")} has no notes')
    langs = {lang_of(e) for e in release.iter() if e.get(XML_LANG)}
    for lang in languages:
        check(lang in langs, f'the notes of release {release.get("version")} are not translated into {lang}')

launchable = component.findtext('launchable')
check(launchable == app_id + '.desktop', 'metainfo launchable is not the desktop file')
binaries = [b.text for b in component.findall('provides/binary')]
check(binaries == ['liaison'], 'metainfo must provide the binary liaison')

for failure in failures:
    print(failure)
sys.exit(1 if failures else 0)
