#!/usr/bin/env bash
# The project's test command (the README's): brings up the local brokers the bus tests need, then
# runs the whole build with its tests. Extra arguments go to Maven, e.g.
#   ./scripts/test.sh -pl console-app -am
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"

if ! ./scripts/ensure-services.sh; then
  echo "test.sh: warning: Redis or RabbitMQ is not available; tests that need them will fail" >&2
fi

exec ./mvnw -B verify "$@"
