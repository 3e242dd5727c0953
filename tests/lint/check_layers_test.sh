#!/usr/bin/env bash
# Test of scripts/check-layers itself: a clean temporary tree passes, and each kind of
# offence, planted alone in a copy of it, fails with the offending file:line in the output.
#   tests/lint/check_layers_test.sh path/to/check-layers
set -euo pipefail
checker=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

make_clean_tree() {  # dir
  mkdir -p "$1"/src/{core,io,service} "$1"/apps/cli "$1"/web/src
  printf '#pragma once\n#include <string>\n' > "$1/src/core/ally.hpp"
  printf '#include "core/ally.hpp"\n#include <fmt/format.h>\n' > "$1/src/io/csv_reader.cpp"
  printf '#include "io/csv_reader.hpp"\n#include "core/ally.hpp"\n' > "$1/src/service/report.cpp"
  printf '#include "service/report.hpp"\n#include "cli.hpp"\n' > "$1/apps/cli/main.cpp"
  printf 'const res = await fetch(`/api/v1/${path}?${qs}`);\nfetch("/api/v1/vintages");\n' \
    > "$1/web/src/main.js"
  printf '<link rel="stylesheet" href="style.css">\n<script src="app.js"></script>\n' \
    > "$1/web/src/index.html"
}

expect() {  # name expected-status expected-text-or-empty dir
  local name=$1 want=$2 text=$3 dir=$4 out code=0
  out=$("$checker" "$dir" 2>&1) || code=$?
  if [[ $code -ne $want ]]; then
    echo "FAIL $name: exit $code, expected $want"; echo "$out"; failures=$((failures + 1))
  elif [[ -n "$text" && "$out" != *"$text"* ]]; then
    echo "FAIL $name: output lacks '$text'"; echo "$out"; failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

# case name, file to append to, line to append, text the report must contain
offence() {
  local name=$1 file=$2 line=$3 text=$4 dir="$tmp/$1"
  make_clean_tree "$dir"
  mkdir -p "$(dirname "$dir/$file")"
  printf '%s\n' "$line" >> "$dir/$file"
  expect "$name" 1 "$text" "$dir"
}

make_clean_tree "$tmp/clean"
expect clean_tree 0 "layers: ok" "$tmp/clean"

offence core_includes_service src/core/ally.hpp '#include "service/report.hpp"' \
  'src/core/ally.hpp:3: src/core must not include service/'
offence core_includes_io_angle src/core/panel.cpp '#include <io/csv_reader.hpp>' \
  'src/core/panel.cpp:1: src/core must not include io/'
offence core_includes_io_relative src/core/panel.cpp '#include "../io/csv_reader.hpp"' \
  'src/core/panel.cpp:1: src/core must not include io/'
offence io_includes_sibling_analysis src/io/csv_reader.cpp '#include "analysis/gap.hpp"' \
  'src/io/csv_reader.cpp:3: src/io must not include analysis/'
offence analysis_includes_claims src/analysis/trend.cpp '#include "claims/evaluator.hpp"' \
  'src/analysis/trend.cpp:1: src/analysis must not include claims/'
offence claims_includes_service src/claims/evaluator.cpp '#include "service/engine.hpp"' \
  'src/claims/evaluator.cpp:1: src/claims must not include service/'
# claims evaluates the formulas of analysis (change.hpp, shares.hpp): allowed.
make_clean_tree "$tmp/claims_uses_analysis"
mkdir -p "$tmp/claims_uses_analysis/src/claims"
printf '#include "analysis/change.hpp"\n#include "core/ally.hpp"\n' \
  > "$tmp/claims_uses_analysis/src/claims/evaluator.cpp"
expect claims_includes_analysis 0 "layers: ok" "$tmp/claims_uses_analysis"
offence library_includes_apps src/service/report.cpp '#include "apps/cli/cli.hpp"' \
  'src/service/report.cpp:3: src/ must not include the front ends'
offence library_includes_apps_relative src/render/table.cpp '#include "../../apps/server/routes.hpp"' \
  'src/render/table.cpp:1: src/ must not include the front ends'
offence library_includes_server src/render/table.cpp '#include "server/server.hpp"' \
  'src/render/table.cpp:1: src/ must not include the front ends'
offence web_fetches_other_url web/src/main.js 'fetch("/data/nato.csv").then(r => r.text());' \
  'web/src/main.js:3: web/src may fetch only a literal /api/v1/ URL'
offence web_fetches_computed_url web/src/main.js 'const r = await fetch(url);' \
  'web/src/main.js:3: web/src may fetch only a literal /api/v1/ URL'
offence web_fetches_other_host web/src/main.js "fetch('https://example.org/api/v1/x');" \
  'web/src/main.js:3: web/src may fetch only a literal /api/v1/ URL'
offence web_uses_websocket web/src/main.js 'const ws = new WebSocket("ws://localhost/");' \
  'web/src/main.js:3: web/src talks to the server only through'
offence web_reads_sources web/src/main.js "import rows from '../../data/nato_members.csv';" \
  'web/src/main.js:3: web/src must not reach the C++ sources or data files'
offence web_loads_other_host web/src/index.html '<script src="https://cdn.example.org/echarts.js"></script>' \
  'web/src/index.html:3: web/src loads nothing from another host'

if [[ $failures -gt 0 ]]; then
  echo "$failures check-layers case(s) failed"
  exit 1
fi
echo "check-layers self-test: all cases ok"
