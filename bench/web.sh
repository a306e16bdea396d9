#!/usr/bin/env bash
# The web benchmark end to end: builds, fills a store (the bundled examples, or 100,000 generated articles),
# serves it, waits until the search index is ready, runs bench/load.sh against it and stops the server.
#
#   bench/web.sh demo [serve options]     the examples (13 articles)
#   bench/web.sh big [serve options]      100,000 generated articles (made once, ~15 min on 2 cores)
#   bench/web.sh big --no-cache           the same, every page rendered anew
#
# Environment: STORE (default target/bench/<demo|big>.db), PORT (default 8089), and bench/load.sh's settings.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kind="${1:-demo}"
shift || true
port="${PORT:-8089}"
store="${STORE:-$here/target/bench/$kind.db}"
mkdir -p "$(dirname "$store")"
dramagraph="$here/dramagraph"

case "$kind" in
  demo) serve=(serve --demo --db "$store" --port "$port" "$@") ;;
  big)
    if [ ! -f "$store" ]; then
      "$dramagraph" generate --articles 100000 --db "$store"
      "$dramagraph" generate --articles 600 --seed 2 --db "$store" # tops up the few repeated texts
    fi
    serve=(serve --db "$store" --port "$port" "$@") ;;
  *) echo "bench/web.sh: demo or big, not $kind" >&2; exit 2 ;;
esac

"$dramagraph" "${serve[@]}" > "$(dirname "$store")/serve-$kind.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$server" 2>/dev/null || { cat "$(dirname "$store")/serve-$kind.log" >&2; exit 1; }
  sleep 2
done
echo "store: $("$dramagraph" stats --db "$store" | sed -n 2p | tr -s ' ')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)), load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
"$here/bench/load.sh" "http://127.0.0.1:$port"
