#!/usr/bin/env bash
# Soak (issue 9, by hand, not in CI): the Black Friday scenario at a steady rate for a long time,
# with the JVM's heap after a full GC, its threads and its open files sampled every minute. A leak
# shows as growth in the CSV.
#   scripts/soak.sh [DURATION=1h] [RATE=50] [OUT=target/soak]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
duration="${1:-1h}"
rate="${2:-50}"
out="${3:-$root/target/soak}"
mkdir -p "$out"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

"$root/eventscope" --version >/dev/null   # builds first if needed, so the sampling starts with the run
"$root/eventscope" simulate --scenario black-friday --duration "$duration" --rate "$rate" \
  --store embedded --data "$data" --report "$out/report.json" --html "$out/report.html" >"$out/simulate.log" 2>&1 &
launcher=$!
sleep 5
pid="$(pgrep -P "$launcher" java || echo "$launcher")"
echo "minute,heap_used_after_gc_mb,threads,open_files" >"$out/samples.csv"
minute=0
while kill -0 "$pid" 2>/dev/null; do
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  heap_kb="$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub("K","",$(i+1)); print $(i+1); exit}}')"
  threads="$(awk '/^Threads:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
  files="$(find "/proc/$pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
  [[ -n "$heap_kb" ]] && echo "$minute,$((heap_kb / 1024)),$threads,$files" | tee -a "$out/samples.csv"
  sleep 60
  minute=$((minute + 1))
done
wait "$launcher" && status=0 || status=$?
echo "simulate exited $status; samples in $out/samples.csv, report in $out/report.html"
exit "$status"
