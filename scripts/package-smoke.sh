#!/usr/bin/env bash
# CI smoke test of the installable app: builds the jpackage app-image (and the app jar first if
# it is missing or stale), then runs the packaged launcher as a user would: --version and a
# 200-order simulation whose report must be consistent. About a minute on a warm build.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
image="packaging/jpackage/target/eventscope"
report="target/pkg-simulate.json"

echo "--- package smoke: build the app-image"
start=$SECONDS
./packaging/jpackage/build.sh app-image
echo "package smoke: app-image built in $((SECONDS - start)) s, $(du -sh "$image" | cut -f1)"

echo "--- package smoke: $image/bin/eventscope --version"
version="$("$image/bin/eventscope" --version)"
echo "$version"
if [[ ! "$version" =~ ^eventscope\ [^\ ]+\ \([^\ ]+\)$ ]]; then
  echo "package smoke: expected 'eventscope <version> (<commit>)', got '$version'" >&2
  exit 1
fi

echo "--- package smoke: $image/bin/eventscope simulate --orders 200"
mkdir -p target
rm -f "$report"
status=0
timeout --kill-after=10s 3m "$image/bin/eventscope" simulate --orders 200 --report "$report" || status=$?
python3 - "$report" "$status" <<'PY'
import json, sys
path, status = sys.argv[1], int(sys.argv[2])
try:
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
except (OSError, ValueError) as e:
    sys.exit(f"package smoke: no readable report at {path} (simulate exited {status}): {e}")
consistency = report.get("consistency", {})
if status != 0 or consistency.get("ok") is not True:
    sys.exit(f"package smoke: simulate exited {status}, consistency {json.dumps(consistency)[:2000]}")
orders = report.get("orders", {})
if sum(orders.get(k, 0) for k in ("confirmed", "rejected", "cancelled", "pending")) != 200:
    sys.exit(f"package smoke: expected 200 orders in the report, got {orders}")
print(f"package smoke: consistency ok, orders {orders}")
PY
