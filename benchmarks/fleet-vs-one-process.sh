#!/usr/bin/env bash
# Benchmark (issue 8, by hand, not in CI): orders per second for the fleet — one process per
# service on Kafka — next to the same system in one process on the same Kafka broker, in the same
# run, with the same seed and order count. Prints both reports' summary lines and the ratio.
#   benchmarks/fleet-vs-one-process.sh [ORDERS=2000] [STORE=embedded]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
orders="${1:-2000}"
store="${2:-embedded}"
data="$(mktemp -d)"
trap '"$root/eventscope" fleet down --data "$data" >/dev/null 2>&1 || true; rm -rf "$data"' EXIT

"$root/eventscope" --version >/dev/null   # builds first if needed
"$root/eventscope" fleet up --data "$data" --store "$store"
bootstrap="$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['brokerAddress'])" "$data/fleet.json")"

"$root/eventscope" simulate --fleet --data "$data" --orders "$orders" --seed 42 --report "$data/fleet-report.json" | tail -6
"$root/eventscope" simulate --bus kafka --kafka-bootstrap "$bootstrap" --store "$store" --data "$data/one-process" \
  --orders "$orders" --seed 42 --report "$data/one-report.json" | tail -6

python3 - "$data/fleet-report.json" "$data/one-report.json" <<'PY'
import json, sys
fleet, one = (json.load(open(path)) for path in sys.argv[1:3])
f, o = fleet["throughput"]["ordersPerSecond"], one["throughput"]["ordersPerSecond"]
print(json.dumps({"workload": "fleet-vs-one-process", "orders": fleet["orders"]["confirmed"] + fleet["orders"]["rejected"]
                  + fleet["orders"]["cancelled"], "fleetOrdersPerSecond": f, "oneProcessOrdersPerSecond": o,
                  "ratio": round(f / o, 3), "fleetP50Ms": fleet["latencyMs"]["p50"], "oneProcessP50Ms": one["latencyMs"]["p50"],
                  "fleetConsistent": fleet["consistency"]["ok"], "oneProcessConsistent": one["consistency"]["ok"]}))
PY
