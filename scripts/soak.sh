#!/usr/bin/env bash
# Soak (issue 9, by hand, not in CI): the Black Friday scenario at a steady rate for a long time,
# with the JVM's live heap (the objects a full GC keeps, as jcmd's class histogram counts them), its
# threads and its open files sampled every minute. A leak shows as growth in the CSV; the last line
# says how much each grew between the end of warm-up (minute 5) and the end.
#   scripts/soak.sh [DURATION=1h] [RATE=50] [OUT=target/soak] [SCENARIO=black-friday]
# (SCENARIO benchmarks/soak/black-friday-stocked.yaml keeps every order on the confirmed path.)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
duration="${1:-1h}"
rate="${2:-50}"
out="${3:-$root/target/soak}"
scenario="${4:-black-friday}"
mkdir -p "$out"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

"$root/eventscope" --version >/dev/null   # builds first if needed, so the sampling starts with the run
"$root/eventscope" simulate --scenario "$scenario" --duration "$duration" --rate "$rate" \
  --store embedded --data "$data" --report "$out/report.json" --html "$out/report.html" >"$out/simulate.log" 2>&1 &
launcher=$!
sleep 5
pid="$(pgrep -P "$launcher" java || echo "$launcher")"
echo "minute,live_heap_kb,threads,open_files" >"$out/samples.csv"
minute=0
while kill -0 "$pid" 2>/dev/null; do
  # The class histogram runs a full GC first and counts what survives: the live set, not garbage.
  live_bytes="$(jcmd "$pid" GC.class_histogram 2>/dev/null | awk '$1 == "Total" {print $3}')"
  threads="$(awk '/^Threads:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
  files="$(find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
  [[ -n "$live_bytes" ]] && echo "$minute,$((live_bytes / 1024)),$threads,$files" | tee -a "$out/samples.csv"
  sleep 60
  minute=$((minute + 1))
done
wait "$launcher" && status=0 || status=$?
awk -F, 'NR > 1 && $1 >= 5 {if (!seen) {h = $2; t = $3; f = $4; m = $1; seen = 1} H = $2; T = $3; F = $4; M = $1}
  END {if (seen) printf "minute %d to %d: live heap %+d KB (%d -> %d), threads %+d, open files %+d\n", m, M, H - h, h, H, T - t, F - f}' \
  "$out/samples.csv" | tee "$out/growth.txt"
echo "simulate exited $status; samples in $out/samples.csv, report in $out/report.html"
exit "$status"
