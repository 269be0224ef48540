#!/usr/bin/env bash
# Builds FerretDB v1.24.2 (a MongoDB-wire-protocol server) from the Go module proxy and starts it
# on 127.0.0.1 with its SQLite backend. Everything lives under .cache/ferretdb (git-ignored), except
# a server's data, which lives in memory (/dev/shm) where the machine has it: tests need no fsync.
#   .ci/ferretdb.sh build          build the binary once
#   .ci/ferretdb.sh start PORT     start it in the background, print its PID once it answers
#   .ci/ferretdb.sh stop PORT      stop the server on PORT and remove its data
set -euo pipefail

FERRETDB_VERSION=v1.24.2
MODULE=github.com/FerretDB/FerretDB
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="$ROOT/.cache/ferretdb"
BINARY="$CACHE/ferretdb-$FERRETDB_VERSION"

export GOPATH="$CACHE/gopath" GOMODCACHE="$CACHE/gomod" GOCACHE="$CACHE/gocache"
export GOFLAGS="-modcacherw -buildvcs=false" GOTOOLCHAIN=local

build() {
  [ -x "$BINARY" ] && return 0
  mkdir -p "$CACHE"
  # `go install …@version` cannot be used: it asks the proxy for the module's version list, which
  # it refuses, and the module zip lacks the generated build/version/version.txt FerretDB needs.
  local module_dir
  module_dir="$(go mod download -json "$MODULE@$FERRETDB_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  local source_dir="$CACHE/src"
  rm -rf "$source_dir"
  cp -r "$module_dir" "$source_dir"
  chmod -R u+w "$source_dir"
  echo "$FERRETDB_VERSION" > "$source_dir/build/version/version.txt"
  # A larger GC target: the compiler spends less on collection (memory is plentiful here).
  (cd "$source_dir" && GOGC=400 go build -o "$BINARY" ./cmd/ferretdb)
}

start() {
  local port="$1"
  local data_root="$CACHE"
  [ -w /dev/shm ] && data_root=/dev/shm
  local data_dir="$data_root/ferretdb-data-$port"
  rm -rf "$data_dir" && mkdir -p "$data_dir"
  # The SQLite backend decodes every document it scans (it pushes down only _id), so garbage
  # collection is a quarter of its CPU: collect only near a memory limit instead (what stays
  # alive between collections is a few MB).
  GOGC=off GOMEMLIMIT="${FERRETDB_MEMORY_LIMIT:-1GiB}" "$BINARY" --handler=sqlite --sqlite-url="file:$data_dir/" --state-dir="$data_dir" \
    --listen-addr="127.0.0.1:$port" --debug-addr=- --telemetry=disable --log-level=warn \
    > "$CACHE/ferretdb-$port.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$CACHE/ferretdb-$port.pid"
  for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$pid"
      return 0
    fi
    sleep 0.2
  done
  cat "$CACHE/ferretdb-$port.log" >&2
  return 1
}

stop() {
  local port="$1"
  local pid_file="$CACHE/ferretdb-$port.pid"
  [ -f "$pid_file" ] && kill "$(cat "$pid_file")" 2>/dev/null || true
  rm -f "$pid_file"
  rm -rf "/dev/shm/ferretdb-data-$port" "$CACHE/ferretdb-data-$port"
}

"$@"
