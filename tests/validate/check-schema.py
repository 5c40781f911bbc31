#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-schema.py: files Liaison writes keep the promises of its JSON Schema.

Usage: check-schema.py SCHEMA RESAVE FILE...

Each FILE is loaded and saved again by Liaison (the RESAVE program); the
sample as shipped and every saved file must validate against SCHEMA.
"--new" stands for a document of freshly added records.
"""

import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def main():
    schema_path, resave, *inputs = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for index, name in enumerate(inputs):
            checked = []
            if name != "--new":
                checked.append(name)
            saved = os.path.join(tmp, f"saved-{index}.liaison")
            subprocess.run([resave, name, saved], check=True)
            checked.append(saved)
            for path in checked:
                with open(path, encoding="utf-8") as f:
                    document = json.load(f)
                errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
                label = f"{name} (saved)" if path == saved else name
                for error in errors:
                    where = "/".join(str(p) for p in error.absolute_path)
                    print(f"{label}: /{where}: {error.message}")
                    failures += 1
                if not errors:
                    print(f"ok {label}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
