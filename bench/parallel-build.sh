#!/bin/sh
# Loads the machine the way a parallel build does, for checking that the suite and the figures of
# docs/operations.md hold on a busy machine: type-checks and builds the web app in a loop (two
# processes, one per core of the development machine) until the given number of seconds has passed.
# Usage: sh bench/parallel-build.sh [seconds, default 3600] &   (stop it early with kill -- -PGID)
set -u
cd "$(dirname "$0")/.."
SECONDS_LEFT="${1:-3600}"
OUT="$(mktemp -d)"
END=$(( $(date +%s) + SECONDS_LEFT ))
trap 'rm -rf "$OUT"' EXIT
builds=0
while [ "$(date +%s)" -lt "$END" ]; do
  npx tsc --noEmit -p tsconfig.json >/dev/null 2>&1 &
  npx vite build --config web/vite.config.ts --logLevel error --outDir "$OUT" --emptyOutDir >/dev/null 2>&1
  wait
  builds=$((builds + 1))
  echo "parallel build $builds done, $(uptime)"
done
