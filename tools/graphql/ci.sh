#!/usr/bin/env bash
# Contract checks for CI: schema lint, breaking changes against the published baseline, the
# tools' own tests, then GraphQL over HTTP audits and the graphql-ws smoke test against the jar
# that `./mvnw verify` built. Sends requests to 127.0.0.1 only.
set -euo pipefail
tools="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$tools/../.." && pwd)"

cd "$tools"
npm ci --no-audit --no-fund
npm run lint
npm run breaking
npm test

cd "$root"
shopt -s nullglob
jars=(target/briefings-api-*.jar)
if [ "${#jars[@]}" -ne 1 ]; then
	echo "Expected exactly one target/briefings-api-*.jar (run ./mvnw -B verify first), found ${#jars[@]}" >&2
	exit 1
fi

port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
log="$(mktemp)"
app_pid=""
stop_app() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		kill "$app_pid"
		wait "$app_pid" 2>/dev/null || true
	fi
	rm -f "$log"
}
trap stop_app EXIT

java -jar "${jars[0]}" --server.address=127.0.0.1 --server.port="$port" \
	--briefings.mongo.embedded.storage=memory --briefings.security.bootstrap-api-key=ci-key >"$log" 2>&1 &
app_pid=$!

echo "Waiting for the application on port $port (pid $app_pid)"
ready=""
for _ in $(seq 90); do
	if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
		ready=yes
		break
	fi
	if ! kill -0 "$app_pid" 2>/dev/null; then
		break
	fi
	sleep 1
done
if [ -z "$ready" ]; then
	echo "The application did not become ready within 90 s; its log:" >&2
	tail -n 50 "$log" >&2
	exit 1
fi

node "$tools/audit-http.mjs" "http://127.0.0.1:$port/graphql"

export BRIEFINGS_API_KEY=ci-key
ws_url="ws://127.0.0.1:$port/graphql"
node "$tools/graphql-ws-smoke.mjs" "$ws_url"

echo "Contract checks passed."
