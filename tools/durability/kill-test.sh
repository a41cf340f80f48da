#!/usr/bin/env bash
# SIGKILLs the packaged application at random moments while clients ingest, on file storage,
# and checks after each restart that every document answered with HTTP 200 is complete.
# Run after `./mvnw verify` (or `./mvnw -DskipTests package`), which builds target/briefings-api-*.jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(ls target/briefings-api-*.jar | grep -v '\.original$' | head -1)
exec timeout 3600 node tools/durability/kill-test.mjs kill --jar "$jar" "$@"
