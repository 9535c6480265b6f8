#!/usr/bin/env bash
# Git pre-commit hook: refuse a commit that stages released data failing the leakage gate.
# Install: cp examples/ci/pre-commit-hook.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# Or with the pre-commit framework: see pre-commit-config.yaml beside this file.
set -euo pipefail
DATASET="${CLEARANCE_DATASET:-release/data}"
if git diff --cached --name-only | grep -q "^${DATASET%/}/"; then
  report="$(mktemp -d)"
  status=0
  clearance validate "$DATASET" --report-dir "$report" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "clearance: leakage gate refused the commit (exit $status); report in $report" >&2
    exit "$status"
  fi
fi
