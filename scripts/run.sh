#!/usr/bin/env bash
# Builds Crossforce if needed and starts it on http://localhost:8080 with its embedded
# Elasticsearch and the demo set. Extra arguments go to Crossforce, e.g. --server.port=9090.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh

jar=target/crossforce.jar
if [ ! -f "$jar" ] || [ -n "$(find src index-mappings pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q package -DskipTests
fi
exec "$JAVA_HOME/bin/java" -jar "$jar" "$@"
