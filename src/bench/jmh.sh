#!/bin/sh
# Runs the JMH microbenchmarks under src/bench/java, compiled by
# ./mvnw -B -q -Pbench test-compile. Arguments go to JMH, e.g. -prof gc, or a regex
# selecting benchmarks; -h lists JMH's options.
set -eu
cd "$(dirname "$0")/../.."
if [ ! -f target/bench-classpath.txt ]; then
	echo "Compile the benchmarks first: ./mvnw -B -q -Pbench test-compile" >&2
	exit 1
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
