#!/usr/bin/env bash
# HTTP benchmark for issue 3's speed goal: Patient read and Patient search on the provider (full GP Connect
# pipeline, PostgreSQL store, audit trail) against a bare Kestrel endpoint answering the same bytes, measured side
# by side in one run on loopback. Rounds alternate the two servers so machine noise hits both alike; the summary
# gives medians over rounds and the provider/bare ratios.
#
#   bench/http/run.sh                      # 5 rounds x 10 s per server and request, 32 connections
#   ROUNDS=3 DURATION=5 bench/http/run.sh  # quicker
#
# Needs: .NET SDK, PostgreSQL binaries (initdb/pg_ctl), python3, wrk (installed with apt-get when missing and root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

rounds=${ROUNDS:-5}
duration=${DURATION:-10}
connections=${CONNECTIONS:-32}
pg_port=${PG_PORT:-55499}
provider_url=http://127.0.0.1:${PROVIDER_PORT:-5201}
bare_url=http://127.0.0.1:${BARE_PORT:-5202}
nhs_number=9690937286   # assurance test patient 2

if ! command -v wrk >/dev/null; then
    [ "$(id -u)" -eq 0 ] || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
    apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

work=$(mktemp -d /tmp/gpc-bench.XXXXXX)
chmod 755 "$work"
pids=()
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || bindir=$(dirname "$(command -v initdb)")
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    as_postgres "$bindir/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
# A run stopped by a signal (timeout, Ctrl-C) still stops PostgreSQL and the servers.
trap 'exit 1' INT TERM

echo "==> PostgreSQL on port $pg_port"
mkdir "$work/pg"
[ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
as_postgres "$bindir/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
as_postgres "$bindir/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null

echo "==> Release builds"
dotnet build -c Release -v q src/GpConnect.Provider/GpConnect.Provider.csproj >/dev/null
dotnet build -c Release -v q bench/GpConnect.Provider.BareKestrel/GpConnect.Provider.BareKestrel.csproj >/dev/null

echo "==> Provider at $provider_url"
# Console logging per request would dominate on 2 cores; production ships logs asynchronously.
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider=Postgres \
Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=gpconnect_bench" \
Serilog__MinimumLevel__Default=Warning \
    dotnet src/GpConnect.Provider/bin/Release/net10.0/GpConnect.Provider.dll --urls "$provider_url" >"$work/provider.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do curl -fs "$provider_url/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$provider_url/health/ready" >/dev/null || { cat "$work/provider.log"; exit 1; }

base="$provider_url/B82617/STU3/1/gpconnect"
search_path="/B82617/STU3/1/gpconnect/Patient?identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C$nhs_number"

# A fresh token per wrk run (iat now, exp iat+300), so each run stays inside its validity.
jwt() { python3 tools/gpconnect-jwt.py 'patient/*.read'; }

headers() { # $1 interaction id
    printf '%s\n' "Ssp-TraceID: 5c2a7a9e-1f1b-4f55-9a53-0b1c2d3e4f50" "Ssp-From: 200000000359" "Ssp-To: 918999198738" \
        "Ssp-InteractionID: $1" "Authorization: Bearer $(jwt)" "Accept: application/fhir+json"
}
curl_gpc() { # $1 interaction id, $2 url
    local args=()
    while IFS= read -r header; do args+=(-H "$header"); done < <(headers "$1")
    curl -fsS "${args[@]}" "$2"
}

read_id=urn:nhs:names:services:gpconnect:fhir:rest:read:patient-1
search_id=urn:nhs:names:services:gpconnect:fhir:rest:search:patient-1
curl_gpc "$search_id" "$provider_url$search_path" >"$work/search.json"
patient_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["entry"][0]["resource"]["id"])' "$work/search.json")
read_path="/B82617/STU3/1/gpconnect/Patient/$patient_id"
curl_gpc "$read_id" "$provider_url$read_path" >"$work/read.json"
echo "    patient $patient_id: read $(wc -c <"$work/read.json") B, search $(wc -c <"$work/search.json") B"

echo "==> Bare Kestrel at $bare_url (same bytes)"
dotnet bench/GpConnect.Provider.BareKestrel/bin/Release/net10.0/GpConnect.Provider.BareKestrel.dll --urls "$bare_url" \
    "/read=$work/read.json" "/search=$work/search.json" >"$work/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do curl -fs "$bare_url/read" >/dev/null 2>&1 && break; sleep 1; done

results="$work/results.tsv"
provider_pid=${pids[0]}
bare_pid=${pids[1]}
postmaster_pid=$(head -n 1 "$work/pg/postmaster.pid")
# CPU time (clock ticks) of a process, or of PostgreSQL's postmaster and backends together.
ticks() { awk '{ s += $14 + $15 } END { print s }' "$@" 2>/dev/null; }
server_ticks() { # $1 server
    case $1 in
        provider) ticks /proc/"$provider_pid"/stat ;;
        bare) ticks /proc/"$bare_pid"/stat ;;
    esac
}
store_ticks() { ticks /proc/"$postmaster_pid"/stat $(pgrep -P "$postmaster_pid" | sed 's|.*|/proc/&/stat|'); }

run_wrk() { # $1 server, $2 request, $3 url, $4 interaction id
    local args=() server_before store_before
    while IFS= read -r header; do args+=(-H "$header"); done < <(headers "$4")
    server_before=$(server_ticks "$1"); store_before=$(store_ticks)
    wrk -t2 -c"$connections" -d"${duration}s" --latency "${args[@]}" "$3" >"$work/wrk.txt"
    python3 - "$1" "$2" "$work/wrk.txt" "$(( $(server_ticks "$1") - server_before ))" "$(( $(store_ticks) - store_before ))" \
        "$(getconf CLK_TCK)" >>"$results" <<'PY'
import re, sys
server, request, path, server_ticks, store_ticks, hz = sys.argv[1:7]
text = open(path).read()
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
total = float(re.search(r"(\d+) requests in", text).group(1))
value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
p99 = float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
per_request = lambda ticks: 1e6 * int(ticks) / int(hz) / total
print(f"{server}\t{request}\t{rps}\t{p99}\t{non2xx.group(1) if non2xx else 0}\t{per_request(server_ticks)}\t{per_request(store_ticks)}")
PY
}

echo "==> Warm-up"
run_wrk provider read "$provider_url$read_path" "$read_id"
run_wrk provider search "$provider_url$search_path" "$search_id"
: >"$results"

for round in $(seq "$rounds"); do
    echo "==> Round $round/$rounds"
    run_wrk bare read "$bare_url/read" "$read_id"
    run_wrk provider read "$provider_url$read_path" "$read_id"
    run_wrk bare search "$bare_url/search" "$search_id"
    run_wrk provider search "$provider_url$search_path" "$search_id"
done

python3 - "$results" "$connections" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
def med(server, request, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == server and r[1] == request)
errors = sum(int(r[4]) for r in rows)
print(f"\n{len(rows) // 4} rounds, {sys.argv[2]} connections; medians over rounds; non-2xx responses: {errors}")
print("| request | provider req/s | bare Kestrel req/s | provider / bare | provider p99 ms | bare p99 ms |")
print("|---|---|---|---|---|---|")
for request in ("read", "search"):
    p, b = med("provider", request, 2), med("bare", request, 2)
    print(f"| Patient {request} | {p:,.0f} | {b:,.0f} | {p / b:.1%} | {med('provider', request, 3):.1f} | {med('bare', request, 3):.1f} |")
print("\nCPU time per request (microseconds, medians over rounds; wrk's own share is not counted)")
print("| request | provider process | its PostgreSQL | bare Kestrel process |")
print("|---|---|---|---|")
for request in ("read", "search"):
    print(f"| Patient {request} | {med('provider', request, 5):.0f} | {med('provider', request, 6):.0f} | {med('bare', request, 5):.0f} |")
PY
