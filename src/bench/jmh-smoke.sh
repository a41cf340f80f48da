#!/bin/sh
# Compiles and runs every JMH microbenchmark once, briefly (one fork, one warm-up and one
# measured iteration of one second each): a check for CI that the benchmarks still build
# and run, not a measurement. Fails when a benchmark fails.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -B -q -Pbench test-compile
exec src/bench/jmh.sh -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true "$@"
