#!/usr/bin/env bash
# Prints SITE_BUCKET=, DISTRIBUTION_ID=, SITE_URL= (for $GITHUB_ENV) from a deployed site stack's outputs.
set -euo pipefail
stack="${1:?site stack name, e.g. Kommunefakta-prod-Site}"
out() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
echo "SITE_BUCKET=$(out SiteBucketName)"
echo "DISTRIBUTION_ID=$(out DistributionId)"
echo "SITE_URL=$(out SiteUrl)"
