#!/usr/bin/env bash
# Regenerates the golden listings src/test/resources/dis/*.dis from the *.py beside them, with the
# compiler as it is now. Review the diff (git diff) before committing: a golden file pins behaviour.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../../.."
mvn -q -B test -Dtest=DisGoldenTest -Dpyvm.regen=true -Dsurefire.failIfNoSpecifiedTests=false
