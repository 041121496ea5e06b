#!/usr/bin/env bash
# Refuses to deploy prod from anything but main (the prod environment's deployment-branch rule says the same; this
# step makes the workflow fail loudly, with a reason, even where that rule is missing).
# Usage: tools/require-branch.sh <environment> <git ref>
set -euo pipefail
env="${1:?environment}"
ref="${2:?git ref, e.g. refs/heads/main}"
case "$env" in
  prod|prod-publish)
    if [[ "$ref" != "refs/heads/main" ]]; then
      echo "environment $env deploys only from refs/heads/main, not $ref" >&2
      exit 1
    fi
    ;;
  test|test-publish) ;;
  *) echo "environment: '$env' is not one of test, prod, test-publish, prod-publish" >&2; exit 2 ;;
esac
echo "$env from $ref: allowed"
