#!/usr/bin/env bash
# Load test of `fardeau serve` with wrk, side by side with nginx serving the same JSON as
# static files (the practical ceiling), all on 127.0.0.1 and bounded in time.
#   bench/load.sh [DURATION_S=10] [CONNECTIONS=8] [WRK_THREADS=2]
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light) and a built fardeau.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}; conns=${2:-8}; wthreads=${3:-2}
bin=build/release/apps/cli/fardeau
command -v wrk >/dev/null || { echo "load.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "load.sh: needs nginx (apt-get install nginx-light)" >&2; exit 2; }
[[ -x $bin ]] || { echo "load.sh: build fardeau first (scripts/build --target fardeau)" >&2; exit 2; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

# fardeau on a free port (it prints the port), no request log (as nginx: access_log off).
"$bin" serve --port 0 --quiet --threads 16 > "$work/serve.out" &
pids+=($!)
for _ in $(seq 100); do grep -q listening "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
fport=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/serve.out")

# The same bodies as static files for nginx.
mkdir -p "$work/www/api/v1" "$work/nginx"
declare -A paths=([report]="/api/v1/report?year=2024" [compliance]="/api/v1/compliance?year=2024")
for name in report compliance; do
  curl -sf "http://127.0.0.1:$fport${paths[$name]}" > "$work/www/api/v1/$name.json"
done
nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  types { application/json json; }
  server { listen 127.0.0.1:$nport; root $work/www; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nport/api/v1/report.json" >/dev/null && break; sleep 0.1; done

run() {  # label url -> "label req/s p99"
  local out rps p99
  out=$(wrk -t "$wthreads" -c "$conns" -d "${duration}s" --latency "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  printf '%-28s %12s req/s   p99 %s\n' "$1" "$rps" "$p99"
}
echo "wrk -t$wthreads -c$conns -d${duration}s, 127.0.0.1, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
for name in report compliance; do
  run "fardeau $name" "http://127.0.0.1:$fport${paths[$name]}"
  run "nginx $name (static)" "http://127.0.0.1:$nport/api/v1/$name.json"
done
