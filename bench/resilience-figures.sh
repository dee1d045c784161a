#!/bin/sh
# The figures of docs/operations.md, measured by hand (not part of npm test): recovery after kill -9
# of the JVM under load, a light query's latency while two clients send the alias attack, and a
# 20,000-operation fuzz run. Prints the machine load before and after each, since the figures
# depend on it. Usage: sh bench/resilience-figures.sh [fuzz operations, default 20000]
set -u
cd "$(dirname "$0")/.."
COUNT="${1:-20000}"
figure() {
  echo "== $1"; echo "load before: $(uptime)"
  shift
  "$@" 2>&1 | grep -E "recovery after kill|light query median|^fuzz:|Tests |FAIL|×" | sed 's/\x1b\[[0-9;]*m//g'
  echo "load after:  $(uptime)"
}
figure "recovery after kill -9 of the JVM (four clients in a loop)" npx vitest run tests/server/faults.test.ts
figure "light query latency under the alias attack (two attacking clients)" npx vitest run tests/server/abuse.test.ts -t "2× of its unloaded latency"
figure "fuzz run of $COUNT operations" env FUZZ_COUNT="$COUNT" FUZZ_SECONDS=1500 npx vitest run tests/server/fuzz.test.ts
