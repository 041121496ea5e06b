#!/usr/bin/env bash
# Refreshes the SSB data, renders the site with site/generator and publishes it atomically with site/publish (or rolls back).
# Usage: tools/publish-site.sh publish <bucket> <release-id>
#        tools/publish-site.sh rollback <bucket>
# AWS credentials and region come from the environment (OIDC role in GitHub Actions, a profile on a laptop).
set -euo pipefail
cd "$(dirname "$0")/.."
action="${1:?publish|rollback}"
bucket="${2:?site bucket}"
region="${AWS_REGION:?AWS_REGION must be set}"

publisher() {
  ./mvnw -B -ntp -q -pl site/publish compile exec:java \
    -Dexec.mainClass=no.kommunefakta.publish.PublishCommand \
    -Dexec.args="$*"
}

case "$action" in
  publish)
    release="${3:?release id}"
    work="$(mktemp -d)"
    ./mvnw -B -ntp -q -pl site/generator -am package -DskipTests
    generator=site/generator/target/quarkus-app/quarkus-run.jar
    # refresh: fetch the configured tables from SSB PxWebApi v2 (files there win over the embedded data)
    java -jar "$generator" refresh --data-dir "$work/data"
    # render the whole site with the fresh data
    java -Dkommunefakta.data-dir="$work/data" -jar "$generator" render "$work/site"
    out="$work/site"
    publisher publish "$out" --bucket "$bucket" --region "$region" --release "$(date -u +%Y%m%dT%H%M%SZ)-$release"
    ;;
  rollback)
    publisher rollback --bucket "$bucket" --region "$region"
    ;;
  *)
    echo "action: '$action' is not one of publish, rollback" >&2
    exit 2
    ;;
esac
