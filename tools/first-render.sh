#!/usr/bin/env bash
# After a deploy that includes the site stack: publish at once (the first deploy is then live, a later one shows the
# deployed code) by invoking the render Lambda and waiting. Usage: tools/first-render.sh <test|prod> <all|api|site>
set -euo pipefail
env="${1:?environment}"
target="${2:?target}"
case "$target" in
  all|site) exec "$(dirname "$0")/invoke-render.sh" "kommunefakta-$env-render" publish deploy ;;
  api) echo "target api: the site is not touched, nothing to render" ;;
  *) echo "target: '$target' is not one of all, api, site" >&2; exit 2 ;;
esac
