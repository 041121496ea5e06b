#!/usr/bin/env bash
# Invokes the render Lambda asynchronously with an idempotency key, then polls the run's record in the site bucket
# (runs/<key>.json: running → done | failed) until it is done (prints the answer) or failed or timed out (exit 1).
# Refresh → render → link check → publish, or rollback/sync. Asynchronous, so no HTTP connection is held open for the
# minutes a render takes (an idle connection is dropped and the CLI would retry the invoke); the key makes any repeated
# delivery of the event a no-op in the Lambda, so a retried call never makes a second release.
# Usage: tools/invoke-render.sh <function-name> <publish|rollback|sync> <trigger> [<allow-fewer-pages> <reason>]
#   allow-fewer-pages: publish a legitimate shrink: the exact page count the new release must have (empty: the normal
#   guard, never fewer pages than the live release); reason: why, one line, required with it. See docs/deploy.md.
# Environment: INVOKE_RENDER_KEY (default: gh-<run id>-<attempt>-<action> in GitHub Actions, else a random one),
#   INVOKE_RENDER_BUCKET (default: output SiteBucketName of stack Kommunefakta-<env>-Site, env from the function name),
#   INVOKE_RENDER_TIMEOUT seconds (default 900), INVOKE_RENDER_POLL seconds (default 10).
# INVOKE_RENDER_DRY_RUN=1 checks the arguments and prints the event without invoking anything.
set -euo pipefail
function="${1:?render function name, e.g. kommunefakta-prod-render}"
action="${2:?publish|rollback|sync}"
trigger="${3:-operator}"
allow_fewer_pages="${4:-}"
reason="${5:-}"
case "$action" in publish|rollback|sync) ;; *) echo "action: '$action' is not one of publish, rollback, sync" >&2; exit 2 ;; esac
if [[ -n "${INVOKE_RENDER_KEY:-}" ]]; then
  key="$INVOKE_RENDER_KEY"
elif [[ -n "${GITHUB_RUN_ID:-}" ]]; then
  key="gh-${GITHUB_RUN_ID}-${GITHUB_RUN_ATTEMPT:-1}-${action}"
else
  key="operator-$(date -u +%Y%m%dT%H%M%SZ)-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
fi
if [[ ! "$key" =~ ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$ ]]; then
  echo "INVOKE_RENDER_KEY: '$key' is not 1 to 128 letters, digits, '.', '_', ':' or '-'" >&2; exit 2
fi
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
    --arg key "$key" '{action: $action, trigger: $trigger, allowFewerPages: $pages, reason: $reason, idempotencyKey: $key}')"
elif [[ -n "${reason//[[:space:]]/}" ]]; then
  echo "allow_fewer_pages_reason: '$reason' given without allow_fewer_pages" >&2; exit 2
else
  payload="$(jq -cn --arg action "$action" --arg trigger "$trigger" --arg key "$key" \
    '{action: $action, trigger: $trigger, idempotencyKey: $key}')"
fi
if [[ "${INVOKE_RENDER_DRY_RUN:-}" == 1 ]]; then
  echo "$payload"; exit 0
fi
timeout="${INVOKE_RENDER_TIMEOUT:-900}"
poll="${INVOKE_RENDER_POLL:-10}"
bucket="${INVOKE_RENDER_BUCKET:-}"
if [[ -z "$bucket" ]]; then
  env="${function#kommunefakta-}"; env="${env%-render}"
  bucket="$(aws cloudformation describe-stacks --stack-name "Kommunefakta-${env}-Site" \
    --query "Stacks[0].Outputs[?OutputKey=='SiteBucketName'].OutputValue" --output text)"
fi
# asynchronous: Lambda queues the event and answers 202 at once; a retry of this call repeats the same key
status="$(aws lambda invoke --function-name "$function" --invocation-type Event \
  --payload "$payload" --cli-binary-format raw-in-base64-out --query 'StatusCode' --output text /dev/null)"
if [[ "$status" != 202 ]]; then
  echo "render ($action): the asynchronous invoke answered $status, not 202" >&2; exit 1
fi
echo "render ($action) queued with idempotency key $key; waiting for s3://$bucket/runs/$key.json (up to ${timeout}s)" >&2
record="$(mktemp)"
trap 'rm -f "$record"' EXIT
waited=0
while true; do
  if aws s3api get-object --bucket "$bucket" --key "runs/$key.json" "$record" > /dev/null 2>&1; then
    state="$(jq -r '.state' "$record")"
    case "$state" in
      done) jq -c '.answer' "$record"; exit 0 ;;
      failed) echo "render ($action) failed: $(jq -r '.error' "$record")" >&2; exit 1 ;;
      running) ;;
      *) echo "render ($action): run record in an unknown state '$state'" >&2; exit 1 ;;
    esac
  fi
  if (( waited >= timeout )); then
    echo "render ($action): no outcome after ${timeout}s; it may still be running: see s3://$bucket/runs/$key.json and the render log" >&2
    exit 1
  fi
  sleep "$poll"
  waited=$((waited + poll))
done
