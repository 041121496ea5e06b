#!/usr/bin/env bash
# Prints the CDK stack names for an environment and a deploy target. Usage: deploy-stacks.sh <test|prod> <all|api|site>
set -euo pipefail
env="${1:?environment (test|prod)}"
target="${2:?target (all|api|site)}"
case "$env" in test|prod) ;; *) echo "environment: '$env' is not one of test, prod" >&2; exit 2 ;; esac
case "$target" in
  all) echo "Kommunefakta-$env-Api Kommunefakta-$env-Site" ;;
  api) echo "Kommunefakta-$env-Api" ;;
  site) echo "Kommunefakta-$env-Site" ;;
  *) echo "target: '$target' is not one of all, api, site" >&2; exit 2 ;;
esac
