#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang and runs them.
#
#   run-fuzzers.sh build BUILD_DIR [NAME...]    configure and build the named fuzzers (default: all)
#   run-fuzzers.sh smoke BUILD_DIR SECONDS      build all, then run each from its seeds for an equal
#                                               share of what the build left of SECONDS (at least
#                                               5 s), keeping new inputs in a temporary folder
#   run-fuzzers.sh run BUILD_DIR NAME SECONDS   build one, then run it for SECONDS on a corpus kept in
#                                               BUILD_DIR/corpus/NAME, which grows from run to run
#
# NAME is types, error or timestamp. Crashing inputs go to BUILD_DIR/findings/NAME/.
# Exit status: 0 when every run is clean, 1 on a crash, a failed invariant or a failed build,
# 2 on a usage error, 77 when no clang++ is installed.
# Environment: WEAV_FUZZ_CXX picks the compiler (default: clang++, then clang++-14).
# ASAN_OPTIONS and UBSAN_OPTIONS, when set, replace the options this script gives the sanitizers.

set -euo pipefail

source_dir=$(cd "$(dirname "$0")" && pwd)
all_names=(types error timestamp)

usage() {
    sed -n '4,10p' "$0" >&2
    exit 2
}

find_compiler() {
    local candidates=(clang++ clang++-14)
    [[ -z "${WEAV_FUZZ_CXX:-}" ]] || candidates=("$WEAV_FUZZ_CXX")

    local candidate
    for candidate in "${candidates[@]}"; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return 0
        fi
    done
    echo "No ${candidates[*]} found, so the fuzz targets cannot be built: install clang and" \
         "libclang-rt-dev, or set WEAV_FUZZ_CXX to a clang++." >&2
    exit 77
}

check_name() {
    case "$1" in
        types|error|timestamp) ;;
        *) echo "Unknown fuzz target '$1': expected one of ${all_names[*]}." >&2; exit 2 ;;
    esac
}

# Configures the clang project once. Later builds let Ninja re-run CMake when a list file changes.
build() {
    local build_dir=$1
    shift
    local compiler
    compiler=$(find_compiler)

    if [[ ! -f "$build_dir/build.ninja" ]]; then
        local launcher=()
        if command -v ccache >/dev/null 2>&1; then
            launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        fi
        if ! cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}"; then
            echo "Configuring the fuzz project in $build_dir failed." >&2
            exit 1
        fi
    fi

    local targets=()
    local name
    for name in "$@"; do
        targets+=("fuzz_$name")
    done
    if ! cmake --build "$build_dir" --target "${targets[@]}"; then
        echo "Building ${targets[*]} with $compiler failed." >&2
        exit 1
    fi
}

# Runs one fuzzer for a number of seconds on CORPUS and the seeds. libFuzzer writes new inputs only
# to the first folder it is given, so the seeds in the source tree stay as they are.
run_fuzzer() {
    local build_dir=$1 name=$2 seconds=$3 corpus=$4
    local findings="$build_dir/findings/$name"
    mkdir -p "$findings"

    # ASan keeps two frames of each allocation's stack. Deeper stacks of allocations made inside
    # the uninstrumented Qt libraries pick up stray frames, and ASan stores each variant as a new
    # stack. With the default depth, fuzz_types grew by about 1 KB of RSS per execution, enough to
    # reach -rss_limit_mb within an hour. Replay a crash with ASAN_OPTIONS=abort_on_error=1 to see
    # full allocation stacks.
    local asan_options="abort_on_error=1:malloc_context_size=2"

    # halt_on_error makes an undefined-behaviour report a crash that libFuzzer saves an input for.
    local ubsan_options="halt_on_error=1:print_stacktrace=1"

    echo "Running fuzz_$name for $seconds s on $corpus"
    if ASAN_OPTIONS="${ASAN_OPTIONS:-$asan_options}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-$ubsan_options}" \
       "$build_dir/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
           -print_final_stats=1 -dict="$source_dir/$name.dict" -artifact_prefix="$findings/" \
           "$corpus" "$source_dir/corpus/$name"; then
        return 0
    fi
    echo "fuzz_$name failed: the input that crashed it is in $findings/." >&2
    return 1
}

# Builds all fuzzers, then shares what is left of the budget between them, at least 5 s each.
smoke() {
    local build_dir=$1 budget=$2
    build "$build_dir" "${all_names[@]}"

    # Each run takes about a second more than -max_total_time, to load the seeds and print stats.
    local left=$(( budget - SECONDS ))
    local seconds=$(( left / ${#all_names[@]} - 1 ))
    (( seconds >= 5 )) || seconds=5
    echo "The build took $SECONDS s, so each fuzzer runs for $seconds s."

    smoke_corpus_dir=$(mktemp -d)
    trap 'rm -rf "$smoke_corpus_dir"' EXIT

    local failed=0 name
    for name in "${all_names[@]}"; do
        mkdir -p "$smoke_corpus_dir/$name"
        run_fuzzer "$build_dir" "$name" "$seconds" "$smoke_corpus_dir/$name" || failed=1
    done
    return "$failed"
}

[[ $# -ge 2 ]] || usage
command=$1
build_dir=$2
shift 2

case "$command" in
    build)
        names=("$@")
        [[ ${#names[@]} -gt 0 ]] || names=("${all_names[@]}")
        for name in "${names[@]}"; do check_name "$name"; done
        build "$build_dir" "${names[@]}"
        ;;
    smoke)
        [[ $# -eq 1 ]] || usage
        smoke "$build_dir" "$1"
        ;;
    run)
        [[ $# -eq 2 ]] || usage
        check_name "$1"
        build "$build_dir" "$1"
        mkdir -p "$build_dir/corpus/$1"
        run_fuzzer "$build_dir" "$1" "$2" "$build_dir/corpus/$1"
        ;;
    *)
        usage
        ;;
esac
