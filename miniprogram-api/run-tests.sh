#!/usr/bin/env bash
# The mini-program contract and client, as CI checks them: install the pinned tools, lint openapi.json with Redocly's
# recommended ruleset, check the client against the contract, then walk the whole campaign through the client against
# the real service started on its embedded default (test/journey.test.js starts and stops it on free ports).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
echo "-- lint: openapi.json (Redocly recommended ruleset)"
npx --no-install redocly lint openapi.json --format=summary 2>&1 | grep -v -e '^ *[║╔╚]' -e '^$'
echo "-- client and journey (node --test)"
node --test --test-timeout=900000 test/client.test.js test/contract.test.js test/journey.test.js
