#!/usr/bin/env bash
# Measures weav-sandbox's HTTP throughput with wrk on a page of 100 conversations out of 20,000, and
# json-server (pinned in tools/npm) serving the same conversations, as a baseline.
#
# Usage: sandbox-http.sh WEAV_SANDBOX_BIN SOURCE_DIR
# Environment: BENCH_DURATION (seconds per run, default 10), BENCH_THREADS (wrk threads, default 2),
# BENCH_CONNECTIONS (default 32), BENCH_BUDGET (minimum sandbox requests/s, default 1500),
# BENCH_BUILD_TYPE (printed with the figures).
#
# Prints one line per run, a Markdown table and "budget: PASS" or "budget: FAIL". Exits 1 when a
# sandbox run stays under the budget and 2 when the benchmark itself cannot run.
set -euo pipefail

sandbox_bin=${1:?usage: sandbox-http.sh WEAV_SANDBOX_BIN SOURCE_DIR}
source_dir=${2:?usage: sandbox-http.sh WEAV_SANDBOX_BIN SOURCE_DIR}
duration=${BENCH_DURATION:-10}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
budget=${BENCH_BUDGET:-1500}
build_type=${BENCH_BUILD_TYPE:-unknown}

pages=200
per_page=100
json_server_bin="$source_dir/tools/npm/node_modules/.bin/json-server"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/weav-bench.XXXXXX")
server_pids=()

cleanup() {
    for pid in "${server_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${server_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work_dir"
}
trap cleanup EXIT

fail() {
    echo "bench-sandbox-http: $*" >&2
    exit 2
}

require_tools() {
    for tool in wrk jq curl node; do
        command -v "$tool" >/dev/null || fail "$tool is not installed: run scripts/bootstrap"
    done
    [[ -x $sandbox_bin ]] || fail "$sandbox_bin is not an executable"
    [[ -x $json_server_bin ]] || fail "json-server is not installed in tools/npm: run scripts/bootstrap"
}

print_machine() {
    local cpu memory
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
    memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
    echo "machine: $cpu, $(nproc) cores, $memory, Linux $(uname -r)"
    echo "build: weav-sandbox $("$sandbox_bin" --version | cut -d' ' -f2) ($build_type), json-server $("$json_server_bin" --version), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo "load: wrk -t$threads -c$connections -d${duration}s, $per_page conversations per page"
    echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
    if [[ $build_type != Release ]]; then
        echo "warning: weav-sandbox is a $build_type build; the figures mean something only for Release" >&2
    fi
}

# A free TCP port on 127.0.0.1, for json-server, which cannot report a port chosen with 0.
free_port() {
    node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

seed_sandbox() {
    local started=$SECONDS
    "$sandbox_bin" seed --data "$work_dir/sandbox.sqlite" --workspace bench --size medium >"$work_dir/seed.txt"
    echo "seed: $(cat "$work_dir/seed.txt") in $((SECONDS - started)) s"
    token=$("$sandbox_bin" token create --data "$work_dir/sandbox.sqlite" --workspace bench --name bench --abilities read)
}

start_sandbox() {
    local exit_after=$((duration * 4 + 300))
    "$sandbox_bin" serve --host 127.0.0.1 --port 0 --data "$work_dir/sandbox.sqlite" --exit-after "$exit_after" \
        >"$work_dir/sandbox.out" 2>"$work_dir/sandbox.log" &
    server_pids+=($!)

    for _ in $(seq 100); do
        sandbox_url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work_dir/sandbox.out" || true)
        [[ -n $sandbox_url ]] && return
        sleep 0.1
    done
    fail "weav-sandbox did not start: $(cat "$work_dir/sandbox.log")"
}

# Writes db.json {"conversations": [...]} with every conversation, read through the API.
export_conversations() {
    local page
    for page in $(seq "$pages"); do
        curl -sf -H "Authorization: Bearer $token" \
            "$sandbox_url/v1/conversations?per_page=$per_page&page=$page" | jq -c '.data[]'
    done | jq -s '{conversations: .}' >"$work_dir/db.json"

    local count total
    count=$(jq '.conversations | length' "$work_dir/db.json")
    total=$(curl -sf -H "Authorization: Bearer $token" "$sandbox_url/v1/conversations?per_page=1" | jq '.meta.total')
    [[ $count -gt 0 && $count -eq $total ]] || fail "exported $count conversations, but the sandbox lists $total"
    echo "export: $count conversations into db.json ($(du -h "$work_dir/db.json" | cut -f1))"
}

start_json_server() {
    local port
    port=$(free_port)
    "$json_server_bin" --host 127.0.0.1 --port "$port" --quiet --read-only "$work_dir/db.json" \
        >"$work_dir/json-server.log" 2>&1 &
    server_pids+=($!)
    json_server_url="http://127.0.0.1:$port"

    for _ in $(seq 150); do
        curl -sf "$json_server_url/conversations?_page=1&_limit=1" >/dev/null 2>&1 && return
        sleep 0.2
    done
    fail "json-server did not start: $(cat "$work_dir/json-server.log")"
}

# The wrk script: a bearer token on every request and, with BENCH_PATH_FORMAT, a path that cycles
# through pages 1..BENCH_PAGES (the format gets the page number through string.format).
write_wrk_script() {
    cat >"$work_dir/load.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")

local path_format = os.getenv("BENCH_PATH_FORMAT")
local pages = tonumber(os.getenv("BENCH_PAGES"))
local page = 0

if path_format ~= nil and path_format ~= "" then
    request = function()
        page = page % pages + 1
        return wrk.format("GET", string.format(path_format, page))
    end
end
LUA
}

# Runs wrk and stores "requests/s p99" of the run in run_result; fails on errors or non-2xx replies.
run_wrk() {
    local name=$1 url=$2 path_format=${3:-}
    local output="$work_dir/wrk-$name.txt"

    BENCH_TOKEN=$token BENCH_PATH_FORMAT=$path_format BENCH_PAGES=$pages \
        wrk -t"$threads" -c"$connections" -d"${duration}s" --latency -s "$work_dir/load.lua" "$url" >"$output"

    if grep -q 'Non-2xx or 3xx responses' "$output"; then
        cat "$output" >&2
        fail "$name: some replies were not 2xx"
    fi
    # NOTE: 2 of about 35 runs on a shared 2-core VM saw all 32 connections time out once, while the
    # server logged no request slower than 300 ms. The cause is unknown, so a socket error is
    # reported with the figures instead of aborting the benchmark.
    if grep -q 'Socket errors' "$output"; then
        echo "warning: $name: $(grep 'Socket errors' "$output" | sed 's/^ *//'); its figures are unreliable" >&2
    fi

    local requests p99
    requests=$(awk '/^Requests\/sec:/ {print $2}' "$output")
    p99=$(awk '$1 == "99%" {print $2}' "$output")
    printf '%-28s %10s req/s   p99 %8s\n' "$name" "$requests" "$p99"
    run_result="$requests $p99"
}

# wrk prints latencies as 812.00us, 12.34ms or 1.20s; this prints milliseconds.
to_ms() {
    awk -v value="$1" 'BEGIN {
        number = value + 0
        if (value ~ /us$/) number /= 1000
        else if (value ~ /ms$/) number *= 1
        else if (value ~ /s$/) number *= 1000
        printf "%.2f", number
    }'
}

main() {
    require_tools
    print_machine
    seed_sandbox
    start_sandbox
    export_conversations
    start_json_server
    write_wrk_script

    run_wrk sandbox-same-page "$sandbox_url/v1/conversations?per_page=$per_page"
    read -r sandbox_same sandbox_same_p99 <<<"$run_result"
    run_wrk sandbox-pages-1-200 "$sandbox_url" "/v1/conversations?per_page=$per_page&page=%d"
    read -r sandbox_spread sandbox_spread_p99 <<<"$run_result"
    run_wrk json-server-same-page "$json_server_url/conversations?_page=1&_limit=$per_page"
    read -r json_same json_same_p99 <<<"$run_result"
    run_wrk json-server-pages-1-200 "$json_server_url" "/conversations?_page=%d&_limit=$per_page"
    read -r json_spread json_spread_p99 <<<"$run_result"

    echo
    echo "| run | sandbox req/s | sandbox p99 (ms) | json-server req/s | json-server p99 (ms) | ratio sandbox/json-server |"
    echo "|---|---:|---:|---:|---:|---:|"
    printf '| same page | %.0f | %s | %.0f | %s | %.2f |\n' "$sandbox_same" "$(to_ms "$sandbox_same_p99")" \
        "$json_same" "$(to_ms "$json_same_p99")" "$(awk -v a="$sandbox_same" -v b="$json_same" 'BEGIN {print a / b}')"
    printf '| pages 1-%d | %.0f | %s | %.0f | %s | %.2f |\n' "$pages" "$sandbox_spread" "$(to_ms "$sandbox_spread_p99")" \
        "$json_spread" "$(to_ms "$json_spread_p99")" "$(awk -v a="$sandbox_spread" -v b="$json_spread" 'BEGIN {print a / b}')"
    echo

    local slowest
    slowest=$(awk -v a="$sandbox_same" -v b="$sandbox_spread" 'BEGIN {print (a < b) ? a : b}')
    if awk -v value="$slowest" -v budget="$budget" 'BEGIN {exit !(value >= budget)}'; then
        echo "budget: PASS (slowest sandbox run $slowest req/s, budget $budget req/s)"
    else
        echo "budget: FAIL (slowest sandbox run $slowest req/s, budget $budget req/s)"
        exit 1
    fi
}

main
