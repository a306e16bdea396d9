#!/usr/bin/env bash
# Load benchmark of a running Dramagraph server, with wrk (Debian package "wrk"): requests/s and p50/p99
# latency for person pages, work pages, the JSON API and searches, each next to a static file served by the
# same server as the baseline, measured again right before each target. Every request picks one of SAMPLE entities from the server's sitemap at random,
# so the load spreads over the store instead of repeating one page.
#
#   bench/load.sh [URL]            URL defaults to http://127.0.0.1:8080
#   CONNECTIONS=50 DURATION=15 WARMUP=5 SAMPLE=500 THREADS=2 bench/load.sh http://127.0.0.1:8080
#   BUSY=/people/heo-hye-yeon-66 bench/load.sh ...     adds that one person's page and API resource as targets
#   TARGETS="busy busyapi" bench/load.sh ...          only these targets (each still after its static baseline)
set -euo pipefail
url="${1:-http://127.0.0.1:8080}"
url="${url%/}"
connections="${CONNECTIONS:-50}"
duration="${DURATION:-15}"
warmup="${WARMUP:-5}"
sample="${SAMPLE:-500}"
threads="${THREADS:-2}"
busy="${BUSY:-}"
targets="${TARGETS:-people works api search${busy:+ busy busyapi}}"
command -v wrk >/dev/null || { echo "bench/load.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the paths of one sitemap section, a fixed sample of them
paths() {
  curl -sf "$url/sitemaps/$1-1.xml" | grep -o '<loc>[^<]*' | sed -e 's|<loc>||' -e 's|^[a-z]*://[^/]*||' \
    | shuf -n "$sample" --random-source=<(yes)
}
paths people > "$work/people"
paths works > "$work/works"
[ -s "$work/people" ] && [ -s "$work/works" ] || { echo "bench/load.sh: $url has no people or works" >&2; exit 3; }
echo "/static/site.css" > "$work/static"
sed 's|^/people/.*-\([0-9]*\)$|/api/people/\1|' "$work/people" > "$work/api"
if [ -n "$busy" ]; then
  echo "$busy" > "$work/busy"
  sed 's|^/people/.*-\([0-9]*\)$|/api/people/\1|' "$work/busy" > "$work/busyapi"
fi
# searches as people type names: lower case, words spaced or the given name run together, by turns
cat "$work/people" "$work/works" | sed -e 's|^/[a-z]*/||' -e 's|-[0-9]*$||' | awk -F- '{
  if (NR % 2 == 0 || NF < 3) { q = $1; for (i = 2; i <= NF; i++) q = q "+" $i }
  else { q = $1 "+"; for (i = 2; i <= NF; i++) q = q $i }
  print "/search?q=" q }' > "$work/search"

cat > "$work/pick.lua" <<'LUA'
local paths = {}
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
LUA

# measures one list of paths with wrk; prints "req/s p50ms p99ms maxms errors requests"
measure() {
  wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work/pick.lua" "$url" -- "$work/$1" \
    > "$work/$1.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rate = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /^ +Latency +[0-9]/ { max = ms($4) }
    /requests in/ { n = $1 }
    /Non-2xx or 3xx responses:/ { err += $5 }
    /Socket errors:/ { gsub(",", ""); err += $4 + $6 + $8 + $10 }
    END { printf "%s %.2f %.2f %.2f %d %d\n", rate, p50, p99, max, err, n }' "$work/$1.out"
}

# warms one list of paths up (the JIT, the store's pages, the response cache), unmeasured
warm() {
  wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$work/pick.lua" "$url" -- "$work/$1" >/dev/null
}

printf 'Load on %s: %s connections, %s wrk threads, %ss measured after %ss warm-up; %s people, %s works\n\n' \
  "$url" "$connections" "$threads" "$duration" "$warmup" "$(wc -l < "$work/people")" "$(wc -l < "$work/works")"
printf '%-24s %10s %10s %9s %9s %9s %7s %13s %10s\n' target requests 'req/s' 'p50 ms' 'p99 ms' 'max ms' errors \
  'static req/s' 'vs static'
failed=0
warm static
for target in static $targets; do
  # the static file is measured again right before each target, so that a machine whose other load changes
  # over the run still gives each target a baseline from the same minute
  read -r base bp50 bp99 bmax berr bn < <(measure static)
  [ "$berr" -eq 0 ] || failed=1
  if [ "$target" = static ]; then
    rate="$base" p50="$bp50" p99="$bp99" max="$bmax" err="$berr" n="$bn"
  else
    warm "$target"
    read -r rate p50 p99 max err n < <(measure "$target")
  fi
  case "$target" in
    static) name="static file (baseline)" ;;
    people) name="person page" ;;
    works) name="work page" ;;
    api) name="API: person JSON" ;;
    search) name="search page" ;;
    busy) name="busiest person page" ;;
    busyapi) name="API: busiest person" ;;
  esac
  printf '%-24s %10s %10.0f %9.2f %9.2f %9.2f %7s %13.0f %9.2fx\n' "$name" "$n" "$rate" "$p50" "$p99" "$max" "$err" \
    "$base" "$(awk -v a="$rate" -v b="$base" 'BEGIN { print a / b }')"
  [ "$err" -eq 0 ] || failed=1
done
exit "$failed"
