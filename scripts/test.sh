#!/usr/bin/env bash
# Runs every Crossforce test: unit, integration against a real Elasticsearch and a real
# PostgreSQL, and end-to-end in a real headless Chromium, OCR with Tesseract. Installs what the tests need from Debian's packages
# when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-eng)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} for the tests"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

. scripts/postgres.sh
start_test_postgres
trap stop_test_postgres EXIT
./mvnw -B verify "$@"
