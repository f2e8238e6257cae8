#!/usr/bin/env bash
# Makes sure the local Redis (127.0.0.1:6379) and RabbitMQ (127.0.0.1:5672) that the bus tests use
# are answering: installs them with apt-get when missing, starts them when stopped, and says what it
# did. Idempotent: running it again with both up changes nothing. Exits non-zero if one cannot be
# brought up.
set -euo pipefail

REDIS_PORT="${ENSURE_REDIS_PORT:-6379}"
RABBITMQ_PORT="${ENSURE_RABBITMQ_PORT:-5672}"
APT_UPDATED=0

say() { echo "ensure-services: $*"; }

answers() { # port: true when something accepts TCP connections on 127.0.0.1:port
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

await_port() { # port seconds name
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if answers "$1"; then return 0; fi
    sleep 1
  done
  say "$3 did not answer on 127.0.0.1:$1 within $2 s"
  return 1
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    say "need root for: $*"
    return 1
  fi
}

install_package() { # package
  if ((APT_UPDATED == 0)); then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  say "installing $1"
  # policy-rc.d style failures of the package's own service start are fine: we start it below.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >/dev/null
}

ensure_redis() {
  if answers "$REDIS_PORT"; then
    say "redis already answering on 127.0.0.1:$REDIS_PORT"
    return 0
  fi
  command -v redis-server >/dev/null 2>&1 || install_package redis-server
  say "starting redis-server on 127.0.0.1:$REDIS_PORT (no persistence)"
  # "-::1": also IPv6 loopback when there is one ("-" = optional), never other interfaces.
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  await_port "$REDIS_PORT" 15 redis || return 1
  say "redis is up"
}

# Loopback only, like everything Eventscope starts; a node name that resolves without DNS. Adds to
# the configuration only what is missing, and never rewrites a file someone already wrote.
configure_rabbitmq_loopback() {
  local conf=/etc/rabbitmq/rabbitmq.conf env_conf=/etc/rabbitmq/rabbitmq-env.conf
  as_root mkdir -p /etc/rabbitmq
  if ! grep -qs '^listeners\.tcp' "$conf"; then
    say "binding rabbitmq to 127.0.0.1:$RABBITMQ_PORT in $conf"
    echo "listeners.tcp.local = 127.0.0.1:$RABBITMQ_PORT" | as_root tee -a "$conf" >/dev/null
  fi
  if [[ ! -e "$env_conf" ]]; then
    say "writing $env_conf (node rabbit@localhost, Erlang distribution on loopback)"
    printf '%s\n' 'NODENAME=rabbit@localhost' 'ERL_EPMD_ADDRESS=127.0.0.1' \
      'export ERL_FLAGS="-kernel inet_dist_use_interface {127,0,0,1}"' | as_root tee "$env_conf" >/dev/null
  fi
}

ensure_rabbitmq() {
  if answers "$RABBITMQ_PORT"; then
    say "rabbitmq already answering on 127.0.0.1:$RABBITMQ_PORT"
    return 0
  fi
  command -v rabbitmq-server >/dev/null 2>&1 || install_package rabbitmq-server
  configure_rabbitmq_loopback
  say "starting rabbitmq-server (detached; takes a few seconds)"
  # `rabbitmqctl await_startup` right after -detached fails, so poll the AMQP port instead.
  local log
  log="$(mktemp "${TMPDIR:-/tmp}/ensure-rabbitmq.XXXXXX")"
  as_root rabbitmq-server -detached >"$log" 2>&1 || true
  if ! await_port "$RABBITMQ_PORT" 60 rabbitmq; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  say "rabbitmq is up"
}

status=0
ensure_redis || status=1
ensure_rabbitmq || status=1
exit "$status"
