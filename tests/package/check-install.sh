#!/usr/bin/env bash
# Installs the build into a scratch prefix, checks the installed files, and starts each installed
# executable with --version, which must print "<binary> <version>".
# Usage: check-install.sh BUILD_DIR VERSION APP_ID "ICON_SIZES"
set -euo pipefail

source "$(dirname "$0")/common.sh"
read_check_arguments "$@"

work=$(mktemp -d -t weav-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

if ! cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log" 2>&1; then
    cat "$work/install.log" >&2
    echo "FAIL: cmake --install $build_dir --prefix $prefix failed" >&2
    exit 1
fi

while read -r file; do
    [[ -f $prefix/$file ]] || fail "the install lacks $file"
done < <(expected_files "$app_id" "$icon_sizes")

for binary in weav-console weavctl weav-sandbox; do
    path=$prefix/bin/$binary
    if [[ ! -x $path ]]; then
        fail "$path is missing or not executable"
        continue
    fi

    status=0
    output=$("$path" --version 2>&1) || status=$?
    [[ $status -eq 0 ]] || fail "$binary --version exited with $status"
    [[ $output == "$binary $version" ]] || fail "$binary --version printed \"$output\", expected \"$binary $version\""

    check_no_rpath "$path"
done

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "installed into a scratch prefix; all three executables print their version"
