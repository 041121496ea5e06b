#!/usr/bin/env bash
# Invokes the render Lambda synchronously and waits for it (refresh → render → link check → publish, or rollback/sync);
# fails when the function failed.
# Usage: tools/invoke-render.sh <function-name> <publish|rollback|sync> <trigger> [<allow-fewer-pages> <reason>]
#   allow-fewer-pages: publish a legitimate shrink: the exact page count the new release must have (empty: the normal
#   guard, never fewer pages than the live release); reason: why, one line, required with it. See docs/deploy.md.
# INVOKE_RENDER_DRY_RUN=1 checks the arguments and prints the event without invoking anything.
set -euo pipefail
function="${1:?render function name, e.g. kommunefakta-prod-render}"
action="${2:?publish|rollback|sync}"
trigger="${3:-operator}"
allow_fewer_pages="${4:-}"
reason="${5:-}"
case "$action" in publish|rollback|sync) ;; *) echo "action: '$action' is not one of publish, rollback, sync" >&2; exit 2 ;; esac
if [[ -n "$allow_fewer_pages" ]]; then
  if [[ ! "$allow_fewer_pages" =~ ^[1-9][0-9]{0,8}$ ]]; then
    echo "allow_fewer_pages: '$allow_fewer_pages' is not a page count (a whole number of at least 1; empty for no override)" >&2; exit 2
  fi
  if [[ "$action" != publish ]]; then
    echo "allow_fewer_pages: '$allow_fewer_pages' applies to action publish only, not $action" >&2; exit 2
  fi
  if [[ "$trigger" == schedule ]]; then
    echo "allow_fewer_pages: '$allow_fewer_pages' in a scheduled run; only an operator's run may allow fewer pages" >&2; exit 2
  fi
  if [[ -z "${reason//[[:space:]]/}" ]]; then
    echo "allow_fewer_pages_reason: required with allow_fewer_pages=$allow_fewer_pages (why the site legitimately shrinks)" >&2; exit 2
  fi
  echo "publishing with a page-count override: exactly $allow_fewer_pages pages allowed; reason: $reason" >&2
  payload="$(jq -cn --arg action "$action" --arg trigger "$trigger" --arg pages "$allow_fewer_pages" --arg reason "$reason" \
    '{action: $action, trigger: $trigger, allowFewerPages: $pages, reason: $reason}')"
elif [[ -n "${reason//[[:space:]]/}" ]]; then
  echo "allow_fewer_pages_reason: '$reason' given without allow_fewer_pages" >&2; exit 2
else
  payload="$(jq -cn --arg action "$action" --arg trigger "$trigger" '{action: $action, trigger: $trigger}')"
fi
if [[ "${INVOKE_RENDER_DRY_RUN:-}" == 1 ]]; then
  echo "$payload"; exit 0
fi
out="$(mktemp)"
# FunctionError is absent ("None") when the function succeeded
error="$(aws lambda invoke --function-name "$function" \
  --payload "$payload" --cli-binary-format raw-in-base64-out \
  --cli-read-timeout 900 --query 'FunctionError' --output text "$out")"
cat "$out"; echo
if [[ "$error" != "None" ]]; then
  echo "render ($action) failed: $error" >&2
  exit 1
fi
