#!/usr/bin/env bash
# Regenerates the golden listings src/test/resources/dis/NAME.dis from NAME.py with the built
# `./pyvm -m dis`. Review the diff (git diff) before committing: a golden file pins behaviour.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
cd "$here"
for py in *.py; do
  "$root/pyvm" -m dis "$py" > "${py%.py}.dis"
done
