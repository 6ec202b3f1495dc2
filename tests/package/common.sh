# Functions that check-install.sh and check-deb.sh share; both source this file.

# Sets build_dir, version, app_id and icon_sizes from the arguments that both checks take, and
# starts the count of failed checks.
# Usage: read_check_arguments BUILD_DIR VERSION APP_ID "ICON_SIZES"
read_check_arguments() {
    if (($# != 4)); then
        echo "usage: $(basename "$0") BUILD_DIR VERSION APP_ID \"ICON_SIZES\"" >&2
        exit 2
    fi
    build_dir=$1
    version=$2
    app_id=$3
    icon_sizes=$4
    failures=0
}

# Prints the files that an install must contain, relative to the prefix.
# Usage: expected_files APP_ID "ICON_SIZES"
expected_files() {
    local app_id=$1 icon_sizes=$2 size
    printf '%s\n' bin/weav-console bin/weavctl bin/weav-sandbox \
        share/applications/weav-console.desktop \
        "share/metainfo/$app_id.metainfo.xml" \
        share/icons/hicolor/scalable/apps/weav-console.svg
    for size in $icon_sizes; do
        printf 'share/icons/hicolor/%sx%s/apps/weav-console.png\n' "$size" "$size"
    done
}

# Reports a failed check on stderr and counts it in $failures.
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Fails when an ELF file has an RPATH or RUNPATH entry. Installed executables load Qt from the system
# library path, so such an entry is a leftover of the build.
check_no_rpath() {
    local path=$1 entries
    entries=$(readelf --dynamic "$path" | grep -E '\((RPATH|RUNPATH)\)' || true)
    [[ -z $entries ]] || fail "$path has a run-time search path: $entries"
}
