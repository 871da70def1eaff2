#!/usr/bin/env bash
# Durability under kill -9: stream a 10,000-traveller PAXLST manifest to a running server, kill the
# server with SIGKILL part-way, then check that every encounter the server had acknowledged (one
# NDJSON line per committed traveller) is in the store. Prints acknowledged / stored / lost.
# Usage: bench/manifest-kill9.sh [SECONDS_BEFORE_KILL]   (needs curl and python3)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp="$root/crosspoint"
work="$(mktemp -d)"
home="$work/home"
port=18765
after="${1:-4}"
"$cp" init --home "$home" >/dev/null 2>&1
"$cp" manifest generate --count 10000 --format paxlst --out "$work/m.edi" --seed 11 >/dev/null
"$cp" serve --home "$home" --port "$port" --no-init >"$work/serve.log" 2>&1 &
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
pid=$(pgrep -f "crosspoint.jar serve --home $home" | head -1)
curl -sN -XPOST --data-binary @"$work/m.edi" \
  "http://127.0.0.1:$port/api/manifests?direction=ENTRY&crossing_point=ISB-AIR" >"$work/acks.ndjson" &
curlpid=$!
sleep "$after"
kill -9 "$pid"
wait "$curlpid" || true
"$cp" encounters --home "$home" --limit 100000 --json >"$work/stored.json"
python3 - "$work/acks.ndjson" "$work/stored.json" <<'PY'
import json, sys
acked = []
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        o = json.loads(line)
    except ValueError:
        break  # the last line may be cut by the kill
    if "encounter_id" in o:
        acked.append(o["encounter_id"])
stored = {e["id"] for e in json.load(open(sys.argv[2], encoding="utf-8"))}
lost = [a for a in acked if a not in stored]
print(f"acknowledged {len(acked)}, stored {len(stored)}, acknowledged but lost {len(lost)}")
sys.exit(1 if lost or not acked else 0)
PY
"$cp" audit verify --home "$home"
rm -rf "$work"
