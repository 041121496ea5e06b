#!/usr/bin/env bash
# Invokes the render Lambda synchronously and waits for it (refresh → render → link check → publish, or rollback/sync);
# fails when the function failed. Usage: tools/invoke-render.sh <function-name> <publish|rollback|sync> <trigger>
set -euo pipefail
function="${1:?render function name, e.g. kommunefakta-prod-render}"
action="${2:?publish|rollback|sync}"
trigger="${3:-operator}"
case "$action" in publish|rollback|sync) ;; *) echo "action: '$action' is not one of publish, rollback, sync" >&2; exit 2 ;; esac
out="$(mktemp)"
# FunctionError is absent ("None") when the function succeeded
error="$(aws lambda invoke --function-name "$function" \
  --payload "{\"action\":\"$action\",\"trigger\":\"$trigger\"}" --cli-binary-format raw-in-base64-out \
  --cli-read-timeout 900 --query 'FunctionError' --output text "$out")"
cat "$out"; echo
if [[ "$error" != "None" ]]; then
  echo "render ($action) failed: $error" >&2
  exit 1
fi
