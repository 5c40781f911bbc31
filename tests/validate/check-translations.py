#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# check-translations.py: every translatable file is in po/POTFILES.in, and
# every po file (the interface's in po/, the manual's in help/<lang>/) is
# complete against a fresh template: nothing untranslated,
# nothing fuzzy, nothing obsolete.
#
# usage: check-translations.py SOURCE_ROOT

import os
import re
import subprocess
import sys
import tempfile

root = sys.argv[1]
failures = []

# Translatable strings: gettext calls in C, translatable attributes in .ui,
# and the desktop, metainfo and schema files listed explicitly.
C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|ngettext)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')

with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith('#')}

for folder in ('src',):
    for directory, _, names in os.walk(os.path.join(root, folder)):
        for name in names:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            if name.endswith('.c'):
                mark = C_MARK
            elif name.endswith('.ui'):
                mark = UI_MARK
            else:
                continue
            with open(path, encoding='utf-8') as f:
                text = f.read()
            if mark.search(text) and relative not in listed:
                failures.append(f'{relative} has translatable strings but is not in po/POTFILES.in')

for relative in sorted(listed):
    if not os.path.exists(os.path.join(root, relative)):
        failures.append(f'po/POTFILES.in lists {relative}, which does not exist')

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'liaison.pot')
    files = sorted(listed)
    # The same keywords as meson's i18n.gettext(preset: 'glib').
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments', '--package-name=liaison',
                    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
                    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
                    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
                    '--flag=g_set_error:4:c-format',
                    '-D', root, '-o', pot] + files, check=True)

    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        languages = [line.strip() for line in f if line.strip() and not line.startswith('#')]

    for language in languages:
        po = os.path.join(root, 'po', language + '.po')
        merged = os.path.join(tmp, language + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot], check=True)
        stats = subprocess.run(['msgfmt', '--statistics', '-c', '-o', os.devnull, merged],
                               capture_output=True, text=True)
        if stats.returncode != 0:
            failures.append(f'{language}.po: msgfmt -c failed: {stats.stderr.strip()}')
        if 'untranslated' in stats.stderr or 'fuzzy' in stats.stderr:
            failures.append(f'{language}.po is incomplete against the sources: {stats.stderr.strip()}')
        with open(po, encoding='utf-8') as f:
            text = f.read()
        if re.search(r'^#,.*\bfuzzy\b', text, re.M):
            failures.append(f'{language}.po has fuzzy entries')
        obsolete = subprocess.run(['msgattrib', '--only-obsolete', merged], capture_output=True, text=True).stdout
        if obsolete.strip():
            failures.append(f'{language}.po has entries no source uses any more (obsolete); run msgmerge')

# The user manual: help/<lang>/<lang>.po against a fresh itstool template
# of help/C, for every language of the interface.
help_c = os.path.join(root, 'help', 'C')
help_sources = sorted(name for name in os.listdir(help_c) if name.endswith(('.page', '.xml')))
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'help.pot')
    subprocess.run(['itstool', '-o', pot] + help_sources, cwd=help_c, check=True)
    for language in languages:
        po = os.path.join(root, 'help', language, language + '.po')
        if not os.path.exists(po):
            failures.append(f'help/{language}/{language}.po is missing: the manual is not translated into {language}')
            continue
        merged = os.path.join(tmp, language + '.po')
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot], check=True)
        stats = subprocess.run(['msgfmt', '--statistics', '-c', '-o', os.devnull, merged],
                               capture_output=True, text=True)
        if stats.returncode != 0:
            failures.append(f'help/{language}/{language}.po: msgfmt -c failed: {stats.stderr.strip()}')
        if 'untranslated' in stats.stderr or 'fuzzy' in stats.stderr:
            failures.append(f'help/{language}/{language}.po is incomplete against help/C: {stats.stderr.strip()}')
        with open(po, encoding='utf-8') as f:
            text = f.read()
        if re.search(r'^#,.*\bfuzzy\b', text, re.M):
            failures.append(f'help/{language}/{language}.po has fuzzy entries')
        obsolete = subprocess.run(['msgattrib', '--only-obsolete', merged], capture_output=True, text=True).stdout
        if obsolete.strip():
            failures.append(f'help/{language}/{language}.po has entries help/C no longer uses (obsolete); run msgmerge')

for failure in failures:
    print(failure)
print(f'{len(failures)} problem(s) found')
sys.exit(1 if failures else 0)
