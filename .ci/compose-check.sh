#!/usr/bin/env bash
# The compose file as an operator meets it: docker-compose accepts it with the example .env, and every image it runs
# or builds from names a version (a tag that is not latest, and not a bare major such as 8 or 7-alpine).
set -euo pipefail
cd "$(dirname "$0")/../docker"
cp .env.example .env.ci-check
trap 'rm -f .env.ci-check' EXIT
rendered=$(docker-compose --env-file .env.ci-check config)
echo "docker-compose.yml is valid"
bad=0
images=$( { echo "$rendered" | sed -n 's/^ *image: *//p'; sed -n 's/^FROM \([^ ]*\).*/\1/p' Dockerfile; } )
for image in $images; do
  name=${image##*/}
  tag=${name#*:}
  if [ "$tag" = "$name" ] || [ "$tag" = latest ] || ! [[ "$tag" =~ ^[0-9]+\.[0-9]+|^[a-z0-9]+-[0-9]+\.[0-9]+ ]]; then
    echo "image without a version: $image" >&2
    bad=1
  fi
done
[ $bad -eq 0 ] || exit 1
echo "every image names a version: $(echo $images | tr '\n' ' ')"
