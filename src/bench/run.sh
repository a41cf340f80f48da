#!/usr/bin/env bash
# The benchmark suite: bash src/bench/run.sh [--full] [--skip-build]
# Builds the jar, starts it with the profile "bench" on the embedded MongoDB (memory storage),
# seeds 1,000 briefings through the API, measures on 127.0.0.1 only and prints one table.
# --full also seeds 10,000 briefings into a second instance on file storage and reads its RSS.
# --subscribers instead prints ingestion p50/p99 with 0 and with 1,000 graphql-ws subscribers side by
# side (src/bench/load/subscribers.mjs; SUBSCRIBERS, STALLED and DOCUMENTS override its counts).
# --large=N instead seeds N briefings into file storage: LARGE_IMPORT (default 1,000) generated documents
# (one briefing each, dated over 2025) through the bulk import (its rate printed, without start-up and with), then copies of their briefings with new
# ids and dates up to N (importing 50,000 takes hours on a loaded machine); then it serves them and prints feed, filtered feed and entity page p50/p99 at 4
# connections, with the embedded server's ordered indexes and without them (ordered-indexes=false),
# search p99 (after waiting for a background rebuild of the search index) and start to ready for each, with
# the load average next to every figure (docs/embedded-storage.md). LARGE_DATA=folder keeps the seeded data there
# and reuses it when it is already seeded; LARGE_SECONDS sets each measurement's length (default 10);
# START_SECONDS how long to wait for an instance to be ready (default 600); LARGE_LOGS=folder keeps each instance's log;
# LARGE_SEARCH_WAIT how long to wait for search to answer (default 900 s). It then restarts on the same data after a
# clean stop LARGE_RESTARTS times (default 3; 0 skips them) with the fat jar and with the extracted jar and a CDS
# archive from a training run (as docker/Dockerfile runs it), interleaved, and prints restart to ready, the process's
# CPU seconds at ready and the load average at the start and at ready for each.
# --sync instead prints the offline sync of 1,000 changes in pages of 100 (time and MongoDB commands per
# page) and replay-then-live for 1,000 graphql-ws subscribers after a 10 s disconnect (src/bench/load/sync.mjs;
# CHANGES, SUBSCRIBERS, DISCONNECT and CLIENT_PROCESSES, the Node.js processes holding the subscribers, override its counts). BEFORE_JAR=path then runs the same on that jar too,
# on a fresh instance, so one run prints before and after side by side with the load average of each. Each jar is also
# run with the reconnects spread as the graphql-ws client spreads its retries (SPREAD=false leaves that out), and last
# the same driver runs against src/bench/load/floor-server.mjs, a stand-in server that does next to nothing: the
# machine's floor (also with the driver's lean client instead of the graphql-ws library, sync.mjs --client lean).
# A table of every run ends the output.
# --lean instead starts the jar with the image's JVM options (JAVA_TOOL_OPTIONS of docker/Dockerfile) and
# prints time to ready (/actuator/health/readiness UP), the process's CPU seconds and RSS at that moment: on
# memory storage, and on file storage for a first start (sample page ingested) and a restart on the same data,
# LEAN_RUNS times each (default 3), without and with a CDS archive from a training run (docs/operations.md);
# then it loads the file-storage instance (src/bench/load/lean.mjs load: LEAN_DOCUMENTS, default 200, then
# feed reads and searches) and holds LEAN_SOCKETS (default 2,000) graphql-ws subscriptions, printing VmRSS and
# VmHWM. LEAN_DATA=folder serves a data folder seeded before (e.g. by --large with LARGE_DATA) instead;
# LEAN_MAX_RAM (default 512m) is the container memory the JVM sizes itself for (-XX:MaxRAM); LEAN_RUNS=0
# skips the start-up comparison and the training run and measures only the memory (request timeout 60 s there).
# --ingest instead prints ingestion throughput: INGEST_DOCUMENTS (default 500) generated documents of about 4 kB
# through ingestDocument with INGEST_CALLERS (default 4) concurrent callers, on memory storage and on file
# storage (a fresh instance each), then the bulk import of as many documents into fresh file storage
# (--threads IMPORT_THREADS, default 2), each with the load average (src/bench/load/ingest.mjs).
# Each API measurement runs twice on fresh instances: one document per ingestDocument call, then INGEST_BATCH (default
# 20) documents per ingestDocuments call, the partners' batch mutation, with the same callers and warm-up rules, counted
# in documents (INGEST_BATCH=1 leaves the batch rows out).
# BEFORE_JAR=path runs each measurement on that jar too, right after this build's, and prints both side by side.
# INGEST_ROUNDS=N repeats the API measurements N times, the even rounds with the jars in the other order;
# IMPORT=false leaves out the bulk import; INGEST_API=false leaves out the API measurements (the bulk import alone);
# IMPORT_ROUNDS=N imports each size N times per jar, the even rounds with the jars in the other order;
# INGEST_STORAGE=memory measures the API on memory storage only.
# INGEST_WARMUP=auto (the default) measures the first 500 documents after start as a row of its own (the cold server),
# then INGEST_DOCUMENTS after a fixed INGEST_EARLY (default 3,000) documents as another (the early server, its JIT
# still compiling; 0 leaves it out), then warms up in steps of 500 until the JIT compiler threads spent under
# INGEST_JIT_SETTLED (default 1.0) ms of CPU per document over a step, at most INGEST_WARMUP_MAX (default 20,000)
# documents, and measures the steady-state row: it prints the warm-up used (measured documents included), whether the
# JIT settled, the JIT's share of the measured server CPU and the methods compiled during the measurement;
# INGEST_WARMUP=N warms up with exactly N documents instead (no cold or early row). IMPORT_DOCUMENTS (default: INGEST_DOCUMENTS, and 5,000 as well when that is less)
# sets the sizes of the bulk import runs. Each API measurement also
# writes where the server's CPU went (thread groups, allocation, and the stages of a document:
# the servers run with briefings.ingestion.accounting.enabled=true) and prints it after the table.
# BENCH_JAR=path runs a given jar instead of target/'s (with --skip-build).
# Stops only the processes it started, by pid, on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

full=false
build=true
subscribers=false
large=0
sync=false
lean=false
ingest=false
for argument in "$@"; do
	case "$argument" in
		--large=*) large=${argument#--large=} ;;
		--full) full=true ;;
		--skip-build) build=false ;;
		--subscribers) subscribers=true ;;
		--sync) sync=true ;;
		--lean) lean=true ;;
		--ingest) ingest=true ;;
		*) echo "usage: bash src/bench/run.sh [--full] [--skip-build] [--subscribers] [--sync] [--ingest] [--large=N] [--lean]" >&2; exit 2 ;;
	esac
done

work=$(mktemp -d)
results="$work/results.json"
key="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
started=()

stop_started() {
	for pid in "${started[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$work"
}
trap stop_started EXIT
trap 'exit 130' INT TERM

# BENCH_PORTS=first-last takes the servers' ports from that range (the first free one) instead of any free port.
free_port() {
	node -e '
const net = require("net");
const [first, last] = (process.env.BENCH_PORTS || "0-0").split("-").map(Number);
const attempt = (port) => {
  if (port > last) { console.error("no free port in BENCH_PORTS"); process.exit(1); }
  const s = net.createServer();
  s.once("error", () => attempt(port + 1));
  s.listen(port, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
};
attempt(first);'
}

start_app() {
	local storage=$1 port=$2 path=${3:-$work/data-$2}
	shift $(( $# < 3 ? $# : 3 ))
	local began=$SECONDS
	java -Xmx1g -jar "$jar" --spring.profiles.active=bench --server.address=127.0.0.1 --server.port="$port" \
		--briefings.mongo.embedded.storage="$storage" --briefings.mongo.embedded.path="$path" \
		--briefings.security.bootstrap-api-key="$key" "$@" >"$work/app-$port.log" 2>&1 &
	app_pid=$!
	started+=("$app_pid")
	while [ $(( SECONDS - began )) -lt "${START_SECONDS:-600}" ]; do
		if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
			app_seconds=$(( SECONDS - began ))
			return 0
		fi
		if ! kill -0 "$app_pid" 2>/dev/null; then
			cat "$work/app-$port.log" >&2
			return 1
		fi
		sleep 1
	done
	echo "the application did not start within ${START_SECONDS:-600} s (START_SECONDS)" >&2
	return 1
}

if ! $ingest; then
	command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
	[ -d tools/graphql/node_modules ] || (cd tools/graphql && npm ci --silent)
fi

# Starts the jar in $lean_jar with the image's JVM options and the given extra java options (before --),
# waits for readiness and prints time to ready, CPU seconds and RSS then; leaves the pid in $app_pid.
start_lean() {
	local label=$1 storage=$2 path=$3 port
	shift 3
	local java_options=()
	while [ $# -gt 0 ] && [ "$1" != -- ]; do java_options+=("$1"); shift; done
	[ $# -gt 0 ] && shift
	port=$(free_port)
	local began
	began=$(date +%s%N)
	JAVA_TOOL_OPTIONS="$lean_options" java "${java_options[@]}" -jar "$lean_jar" --spring.profiles.active=bench \
		--server.address=127.0.0.1 --server.port="$port" --briefings.mongo.embedded.storage="$storage" \
		--briefings.mongo.embedded.path="$path" --briefings.security.bootstrap-api-key="$key" "$@" \
		>"$work/lean-$port.log" 2>&1 &
	app_pid=$!
	started+=("$app_pid")
	base="http://127.0.0.1:$port"
	until curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1; do
		if ! kill -0 "$app_pid" 2>/dev/null || [ $(( ($(date +%s%N) - began) / 1000000000 )) -ge "${START_SECONDS:-600}" ]; then
			tail -20 "$work/lean-$port.log" >&2
			return 1
		fi
		sleep 0.2
	done
	local ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
	local cpu_ticks
	cpu_ticks=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
	printf '[lean] %-34s ready in %5.1f s, %5.1f s of CPU, RSS %4d MB, load average %s\n' "$label" \
		"$(echo "$ready_ms / 1000" | bc -l)" "$(echo "$cpu_ticks / $(getconf CLK_TCK)" | bc -l)" \
		"$(( $(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status") / 1024 ))" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# Restarts the jar on the large data after a clean stop with the given java options and arguments (-Xmx1g, ordered
# indexes), prints time to ready, CPU seconds at ready and the load average, and stops it again.
restart_large() {
	local label=$1 port began load ready_ms cpu_ticks
	shift
	port=$(free_port)
	load=$(cut -d' ' -f1-3 /proc/loadavg)
	began=$(date +%s%N)
	java -Xmx1g "$@" --spring.profiles.active=bench --server.address=127.0.0.1 --server.port="$port" \
		--briefings.mongo.embedded.storage=file --briefings.mongo.embedded.path="$data" \
		--briefings.security.bootstrap-api-key="$key" --briefings.mongo.embedded.ordered-indexes=true \
		>"$work/restart-$port.log" 2>&1 &
	app_pid=$!
	started+=("$app_pid")
	until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
		if ! kill -0 "$app_pid" 2>/dev/null || [ $(( ($(date +%s%N) - began) / 1000000000 )) -ge "${START_SECONDS:-600}" ]; then
			tail -20 "$work/restart-$port.log" >&2
			return 1
		fi
		sleep 0.1
	done
	ready_ms=$(( ($(date +%s%N) - began) / 1000000 ))
	cpu_ticks=$(awk '{print $14 + $15}' "/proc/$app_pid/stat")
	printf '[bench] restart, %-30s ready in %5.1f s, %5.1f s of CPU, load average %s at the start, %s at ready\n' \
		"$label" "$(echo "$ready_ms / 1000" | bc -l)" "$(echo "$cpu_ticks / $(getconf CLK_TCK)" | bc -l)" \
		"$load" "$(cut -d' ' -f1-3 /proc/loadavg)"
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
}

stop_lean() {
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
}

if $lean; then
	if $build; then
		echo "[bench] building the jar"
		./mvnw -B -q -DskipTests package
	fi
	# -XX:MaxRAM stands in for the container's limit, from which MaxRAMPercentage takes its share
	lean_options="$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' docker/Dockerfile) -XX:MaxRAM=${LEAN_MAX_RAM:-512m}"
	echo "[lean] JAVA_TOOL_OPTIONS=\"$lean_options\" (docker/Dockerfile), $(java -version 2>&1 | head -1), $(nproc) cores"
	java -Djarmode=tools -jar "${BENCH_JAR:-$(ls target/briefings-api-*.jar | grep -v '\.original$' | head -1)}" \
		extract --destination "$work/app" >/dev/null
	lean_jar=$(ls "$work"/app/*.jar)
	cds=-Xshare:auto
	if [ "${LEAN_RUNS:-3}" -gt 0 ]; then
		echo "[lean] CDS training run (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh)"
		JAVA_TOOL_OPTIONS="$lean_options" java -XX:ArchiveClassesAtExit="$work/app/application.jsa" \
			-Dspring.context.exit=onRefresh -jar "$lean_jar" --server.port=0 --briefings.mongo.embedded.storage=memory \
			>"$work/cds-training.log" 2>&1 || { tail -20 "$work/cds-training.log" >&2; exit 1; }
		cds=-XX:SharedArchiveFile="$work/app/application.jsa"
	fi
	for run in $(seq "${LEAN_RUNS:-3}"); do
		for archive in none "$cds"; do
			suffix=$([ "$archive" = none ] && echo "" || echo ", CDS")
			options=$([ "$archive" = none ] && echo -Xshare:auto || echo "$archive")
			start_lean "memory$suffix (run $run)" memory "$work/unused" "$options" && stop_lean
			rm -rf "$work/lean-data"
			start_lean "file, first start$suffix (run $run)" file "$work/lean-data" "$options" && stop_lean
			start_lean "file, restart$suffix (run $run)" file "$work/lean-data" "$options" && stop_lean
		done
	done
	data=${LEAN_DATA:-$work/lean-data}
	start_lean "file storage for the load" file "$data" "$cds" -- --briefings.graphql.request-timeout=60s \
		--briefings.websocket.max-connections-per-address="${LEAN_SOCKETS:-2000}"
	timeout 1200 node src/bench/load/lean.mjs load --base "$base" --pid "$app_pid" --key "$key" \
		--documents "${LEAN_DOCUMENTS:-200}" --seconds "${LEAN_SECONDS:-30}"
	timeout 900 node src/bench/load/lean.mjs sockets --base "$base" --pid "$app_pid" --key "$key" \
		--sockets "${LEAN_SOCKETS:-2000}"
	stop_lean
	exit 0
fi

if [ "$large" -gt 0 ]; then
	if $build; then
		echo "[bench] building the jar"
		./mvnw -B -q -DskipTests package
	fi
	jar="$work/briefings-api.jar"
	cp "${BENCH_JAR:-$(ls target/briefings-api-*.jar | grep -v '\.original$' | head -1)}" "$jar"
	data=${LARGE_DATA:-$work/large-data}
	seconds=${LARGE_SECONDS:-10}
	echo '{}' >"$results"
	if [ ! -s "$data/briefings.mv" ]; then
		imported=$(( large < ${LARGE_IMPORT:-1000} ? large : ${LARGE_IMPORT:-1000} ))
		echo "[bench] writing $imported documents and importing them into $data (--threads 2)"
		node src/bench/load/bench.mjs corpus "$work/large.ndjson" --documents "$imported"
		began=$SECONDS
		import_summary=$(java -Xmx1g -jar "$jar" import --partner bench --threads 2 --no-progress \
			--briefings.mongo.embedded.path="$data" "$work/large.ndjson")
		import_seconds=$(( SECONDS - began ))
		import_elapsed=$(awk '$1 == "elapsed:" { print $2 }' <<<"$import_summary")
		echo "$import_summary" | tail -4
		echo "[bench] import of $imported documents: $(awk '$1 == "rate:" { print $2 }' <<<"$import_summary") documents/s by the command's own count ($import_elapsed s importing), $import_seconds s with start-up and close"
		rm -f "$work/large.ndjson"
		if [ "$large" -gt "$imported" ]; then
			echo "[bench] copying the imported briefings up to $large (src/bench/java/app/briefings/mongo/ReplicateBriefings.java)"
			./mvnw -B -q -o -Pbench test-compile -Djacoco.skip=true
			java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
				app.briefings.mongo.ReplicateBriefings "$data" "$large" 2>/dev/null | tail -1
			# the copies are not in the change log, so the search index is rebuilt (in the background) at the first start
			rm -rf "$data/search-index"
		fi
		node -e 'const fs=require("fs");const r=JSON.parse(fs.readFileSync(process.argv[1]));r.import={documents:Number(process.argv[2]),seconds:Number(process.argv[3]),target:Number(process.argv[4]),importing:Number(process.argv[5])};fs.writeFileSync(process.argv[1],JSON.stringify(r))' \
			"$results" "$imported" "$import_seconds" "$large" "${import_elapsed:-NaN}"
	fi
	for indexes in true false; do
		port=$(free_port)
		label=$([ "$indexes" = true ] && echo "ordered indexes" || echo "without (full scans)")
		echo "[bench] serving $data on 127.0.0.1:$port, ordered indexes $indexes"
		start_load=$(cut -d' ' -f1-3 /proc/loadavg)
		start_app file "$port" "$data" --briefings.mongo.embedded.ordered-indexes="$indexes"
		echo "[bench] ready in $app_seconds s (load average $start_load at the start)"
		timeout 1800 node src/bench/load/bench.mjs large "$results" --base "http://127.0.0.1:$port" --label "$label" \
			--seconds "$seconds" --started "$app_seconds" --start-load "$start_load" --search-wait "${LARGE_SEARCH_WAIT:-900}"
		kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
		if [ -n "${LARGE_LOGS:-}" ]; then
			mkdir -p "$LARGE_LOGS" && cp "$work/app-$port.log" "$LARGE_LOGS/app-indexes-$indexes.log"
		fi
	done
	if [ "${LARGE_RESTARTS:-3}" -gt 0 ]; then
		java -Djarmode=tools -jar "$jar" extract --destination "$work/restart-app" >/dev/null
		extracted=$(ls "$work"/restart-app/*.jar)
		echo "[bench] CDS training runs for the restarts (file storage in a new folder, then -XX:ArchiveClassesAtExit" \
			"on a restart of it, -Dspring.context.exit=onRefresh), as docker/Dockerfile trains"
		for archive in -Xshare:auto -XX:ArchiveClassesAtExit="$work/restart-app/application.jsa"; do
			java "$archive" -Dspring.context.exit=onRefresh -jar "$extracted" --server.port=0 \
				--briefings.mongo.embedded.path="$work/cds-training-data" --briefings.sample-data.enabled=false \
				>>"$work/restart-cds.log" 2>&1 || { tail -20 "$work/restart-cds.log" >&2; exit 1; }
		done
		for run in $(seq "${LARGE_RESTARTS:-3}"); do
			restart_large "fat jar (run $run)" -jar "$jar"
			restart_large "extracted jar, CDS (run $run)" -XX:SharedArchiveFile="$work/restart-app/application.jsa" \
				-jar "$extracted"
		done
	fi
	echo
	echo "Large scenario of $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m), $(java -version 2>&1 | head -1)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
	node src/bench/load/bench.mjs table "$results"
	exit 0
fi

if $ingest; then
	if $build; then
		echo "[bench] building the jar"
		./mvnw -B -q -DskipTests package
	fi
	jar_after="$work/after.jar"
	cp "${BENCH_JAR:-$(ls target/briefings-api-*.jar | grep -v '\.original$' | head -1)}" "$jar_after"
	labels=("this build")
	jars=("$jar_after")
	if [ -n "${BEFORE_JAR:-}" ]; then
		cp "$BEFORE_JAR" "$work/before.jar"
		labels+=("before ($(basename "$BEFORE_JAR"))")
		jars+=("$work/before.jar")
	fi
	documents=${INGEST_DOCUMENTS:-500}
	callers=${INGEST_CALLERS:-4}
	threads=${IMPORT_THREADS:-2}
	batches=1
	if [ "${INGEST_BATCH:-20}" -gt 1 ]; then
		batches="1 ${INGEST_BATCH:-20}"
	fi
	table="$work/ingest-table.txt"
	accounts=()
	api_rounds=${INGEST_ROUNDS:-1}
	if [ "${INGEST_API:-true}" = false ]; then
		api_rounds=0
	fi
	for round in $(seq 1 "$api_rounds"); do
		order=("${!jars[@]}")
		if [ $(( round % 2 )) -eq 0 ]; then
			order=($(printf '%s\n' "${order[@]}" | sort -rn))
		fi
		for storage in ${INGEST_STORAGE:-memory file}; do
			for batch in $batches; do
				if [ "$batch" -eq 1 ]; then
					path="ingestDocument"
				else
					path="ingestDocuments of $batch"
				fi
				for i in "${order[@]}"; do
					jar=${jars[$i]}
					port=$(free_port)
					echo "[ingest] round $round, ${labels[$i]}: starting on 127.0.0.1:$port ($storage storage, $path)"
					start_app "$storage" "$port" "$work/data-$round-$i-$storage-$batch" --briefings.ingestion.accounting.enabled=true
					account="$work/account-$round-$i-$storage-$batch.txt"
					lines=$(timeout 3600 node src/bench/load/ingest.mjs api --base "http://127.0.0.1:$port" --key "$key" \
						--documents "$documents" --callers "$callers" --warmup "${INGEST_WARMUP:-auto}" \
						--jit-settled "${INGEST_JIT_SETTLED:-1.0}" --warmup-max "${INGEST_WARMUP_MAX:-20000}" \
						--early "${INGEST_EARLY:-3000}" \
						--run "r$round$i$storage$batch" --pid "$app_pid" --batch "$batch" \
						--clk "$(getconf CLK_TCK)" --account "$account")
					accounts+=("${labels[$i]}, round $round, $storage storage, $path|$account")
					cold=$(echo "$lines" | grep '^cold:' || true)
					early=$(echo "$lines" | grep '^early:' || true)
					line=$(echo "$lines" | grep '^api:')
					if [ -n "$cold" ]; then
						echo "[ingest] round $round, ${labels[$i]}: $cold"
						echo "| ${labels[$i]} | round $round: API cold (a new server), $path, $callers callers, $storage storage | $cold |" >>"$table"
					fi
					if [ -n "$early" ]; then
						echo "[ingest] round $round, ${labels[$i]}: $early"
						echo "| ${labels[$i]} | round $round: API early (fixed warm-up, JIT still compiling), $path, $callers callers, $storage storage | $early |" >>"$table"
					fi
					echo "[ingest] round $round, ${labels[$i]}: $line"
					echo "| ${labels[$i]} | round $round: API steady state (JIT settled or capped, see the warm-up), $path, $callers callers, $storage storage | $line |" >>"$table"
					kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
				done
			done
		done
	done
	if [ "${IMPORT:-true}" != false ]; then
		import_sizes=${IMPORT_DOCUMENTS:-$documents $(( documents < 5000 ? 5000 : documents ))}
		for size in $(printf '%s\n' $import_sizes | sort -nu); do
			node src/bench/load/ingest.mjs corpus "$work/import-$size.ndjson" --documents "$size" --run "import$size"
			for import_round in $(seq 1 "${IMPORT_ROUNDS:-1}"); do
				order=("${!jars[@]}")
				if [ $(( import_round % 2 )) -eq 0 ]; then
					order=($(printf '%s\n' "${order[@]}" | sort -rn))
				fi
				for i in "${order[@]}"; do
					echo "[ingest] ${labels[$i]}: importing $size documents into fresh file storage (--threads $threads, round $import_round)"
					load_before=$(cut -d' ' -f1-3 /proc/loadavg)
					children_before=$(awk '{print $16 + $17}' /proc/$$/stat)
					summary=$(java -Xmx1g -jar "${jars[$i]}" import --partner bench --threads "$threads" --no-progress \
						--briefings.mongo.embedded.path="$work/import-$size-$i" "$work/import-$size.ndjson" 2>&1 || true)
					created=$(echo "$summary" | grep -oE 'created: +[0-9]+' | grep -oE '[0-9]+' || echo '?')
					elapsed=$(echo "$summary" | grep -oE 'elapsed: +[0-9.]+ s' | grep -oE '[0-9.]+' || echo '?')
					rate=$(echo "$summary" | grep -oE 'rate: +[0-9.]+ docs/s' | grep -oE '[0-9.]+' || echo '?')
					children_after=$(awk '{print $16 + $17}' /proc/$$/stat)
					cpu_ms=$(echo "1000 * ($children_after - $children_before) / $(getconf CLK_TCK) / $size" | bc -l)
					line="import: $created documents created in $elapsed s = $rate documents/s; process CPU $(printf '%.1f' "$cpu_ms") ms/document (start-up included); load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after"
					echo "[ingest] ${labels[$i]}: $line"
					echo "| ${labels[$i]} | bulk import of $size documents, --threads $threads, file storage, round $import_round | $line |" >>"$table"
					rm -rf "$work/import-$size-$i"
				done
			done
			rm -f "$work/import-$size.ndjson"
		done
	fi
	echo
	echo "Ingestion of $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m), $(java -version 2>&1 | head -1)), $documents documents"
	echo "| jar | path | result |"
	echo "| --- | --- | --- |"
	cat "$table"
	for entry in "${accounts[@]}"; do
		echo
		echo "Where the server's CPU went: ${entry%%|*}"
		cat "${entry#*|}" 2>/dev/null || echo "(no account written)"
	done
	exit 0
fi

if ! $subscribers && ! $sync; then
echo "[bench] extraction benchmark (before the server starts, so they do not share the cores)"
./mvnw -B -q -Pbench test -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	| grep '^\[benchmark\]' >"$work/extraction.txt" || echo "[benchmark] extraction benchmark printed nothing" >"$work/extraction.txt"
fi

if $build; then
	echo "[bench] building the jar"
	./mvnw -B -q -DskipTests package
fi
jar="$work/briefings-api.jar"
cp "${BENCH_JAR:-$(ls target/briefings-api-*.jar | grep -v '\.original$' | head -1)}" "$jar"

port=$(free_port)
echo "[bench] starting $jar on 127.0.0.1:$port (memory storage)"
start_app memory "$port"
base="http://127.0.0.1:$port"
clk=$(getconf CLK_TCK)

if $subscribers; then
	timeout 900 node src/bench/load/subscribers.mjs --base "$base" --key "$key" --documents "${DOCUMENTS:-100}" \
		--subscribers "${SUBSCRIBERS:-1000}" --stalled "${STALLED:-0}"
	echo "[subscribers] warnings and errors the application logged, by count:"
	grep -oE '(WARN|ERROR) .* : .{0,120}' "$work/app-$port.log" | sed -E 's/[0-9]+/N/g' | sort | uniq -c | sort -rn | head -8 || true
	exit 0
fi

if $sync; then
	summary="$work/sync-summary.ndjson"
	sync_bench() {
		local label=$1 ran=$2
		shift 2
		echo "[sync] $label ($(basename "$ran")): load average $(cut -d' ' -f1-3 /proc/loadavg) before"
		timeout 900 node src/bench/load/sync.mjs --base "$base" --key "$key" --changes "${CHANGES:-1000}" \
			--subscribers "${SUBSCRIBERS:-1000}" --disconnect "${DISCONNECT:-10}" --client-processes "${CLIENT_PROCESSES:-2}" \
			--label "$label" --summary "$summary" "$@"
		echo "[sync] $label: load average $(cut -d' ' -f1-3 /proc/loadavg) after"
	}
	# the same scenario with each resumer reconnecting after graphql-ws's default first retry wait (SPREAD=false skips it)
	spread_bench() {
		if [ "${SPREAD:-true}" != false ]; then
			sync_bench "$1, reconnects spread" "$2" --changes 0 --spread true
		fi
	}
	sync_bench "this build" "${BENCH_JAR:-$jar}"
	spread_bench "this build" "${BENCH_JAR:-$jar}"
	if [ -n "${BEFORE_JAR:-}" ]; then
		kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
		jar="$work/before.jar"
		cp "$BEFORE_JAR" "$jar"
		port=$(free_port)
		echo "[bench] starting $BEFORE_JAR on 127.0.0.1:$port (memory storage)"
		start_app memory "$port"
		base="http://127.0.0.1:$port"
		sync_bench "before" "$BEFORE_JAR"
		spread_bench "before" "$BEFORE_JAR"
	fi
	kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
	# the machine's floor: the unchanged driver against a stand-in server that does next to nothing
	port=$(free_port)
	node src/bench/load/floor-server.mjs --port "$port" >"$work/floor.log" 2>&1 &
	started+=("$!")
	base="http://127.0.0.1:$port"
	until curl -fs "$base/actuator/prometheus" >/dev/null 2>&1; do sleep 0.2; done
	sync_bench "floor" "src/bench/load/floor-server.mjs" --changes 0
	sync_bench "floor, lean driver" "src/bench/load/floor-server.mjs" --changes 0 --client lean
	spread_bench "floor" "src/bench/load/floor-server.mjs"
	echo
	echo "Replay then live of $(date -u +%Y-%m-%d) on $(nproc) cores, ${SUBSCRIBERS:-1000} resumers, 20 missed changes each"
	node -e '
		const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
		const n = (v, d = 0) => (Number.isFinite(v) ? v.toLocaleString("en", { maximumFractionDigits: d, minimumFractionDigits: d }) : "n/a");
		console.log("| run | replayed | replay p50 / p99 | socket open / acknowledged / first change, p50 | live p50 / p99 | server CPU per resumer | driver CPU | load average before → after | listen-queue overflows |");
		console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		for (const r of rows) {
			console.log(`| ${r.label} | ${r.replayed} of ${r.subscribers} | ${n(r.replayP50)} / ${n(r.replayP99)} ms | ${n(r.opened)} / ${n(r.acknowledged)} / ${n(r.first)} ms | ${n(r.liveP50)} / ${n(r.liveP99)} ms | ${n(r.cpuPerResumerMs, 2)} ms | ${n(r.driverCpu, 1)} s | ${r.loadBefore} → ${r.loadAfter} | ${r.listenOverflows} |`);
		}' "$summary"
	echo "(\"floor\" is src/bench/load/floor-server.mjs: the least any server can do, so its times are the best this machine and driver allow;"
	echo " \"reconnects spread\" rows take each resumer's times from its own reconnect, after the default retry wait of graphql-ws, of 1.3 to 4 s)"
	exit 0
fi

timeout 600 node src/bench/load/bench.mjs seed "$results" --base "$base" --key "$key" --documents 1000 --seconds 480
timeout 600 node src/bench/load/bench.mjs main "$results" --base "$base" --pid "$app_pid" --key "$key" --clk "$clk"
kill "$app_pid" && wait "$app_pid" 2>/dev/null || true

if $full; then
	port=$(free_port)
	echo "[bench] starting a second instance on 127.0.0.1:$port (file storage) for 10,000 briefings"
	start_app file "$port"
	timeout 1500 node src/bench/load/bench.mjs rss "$results" --base "http://127.0.0.1:$port" --pid "$app_pid" \
		--key "$key" --briefings 10000 --seconds 1200
fi

echo
echo "Benchmarks of $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m), $(java -version 2>&1 | head -1))"
node src/bench/load/bench.mjs table "$results" --extraction "$work/extraction.txt"
