#!/usr/bin/env bash
# Builds the Debian package with cpack into a scratch folder and checks its name and control fields.
# It also checks the contents: the three executables without a run-time search path, the desktop
# entry, the metainfo, and the icon as SVG and in each PNG size.
# Usage: check-deb.sh BUILD_DIR VERSION APP_ID "ICON_SIZES"
set -euo pipefail

source "$(dirname "$0")/common.sh"
read_check_arguments "$@"

work=$(mktemp -d -t weav-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! (cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi

arch=$(dpkg --print-architecture)
deb=$work/out/weav-console_${version}_${arch}.deb
if [[ ! -f $deb ]]; then
    echo "FAIL: cpack wrote no $(basename "$deb"); the folder has: $(ls "$work/out")" >&2
    exit 1
fi

# dpkg-deb -c prints "mode owner size date time ./path"; the path is the sixth field.
listing=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
while read -r file; do
    grep -qxF "./usr/$file" <<<"$listing" || fail "the package lacks /usr/$file"
done < <(expected_files "$app_id" "$icon_sizes")

info=$(dpkg-deb -I "$deb")
for line in "Package: weav-console" "Version: $version" "Architecture: $arch" "Section: net"; do
    grep -qxF " $line" <<<"$info" || fail "dpkg-deb -I does not show \"$line\""
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6core6 libqt6widgets6 libqt6svg6 libqt6sql6-sqlite libc6; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for package in gnome-keyring qt6-translations-l10n; do
    grep -qE "(^|, )$package( |,|$)" <<<"$recommends" || fail "Recommends lacks $package: $recommends"
done

dpkg-deb -x "$deb" "$work/root"
for binary in weav-console weavctl weav-sandbox; do
    path=$work/root/usr/bin/$binary
    [[ -f $path ]] || continue
    check_no_rpath "$path"
    if grep -qF "$build_dir" "$path"; then
        fail "/usr/bin/$binary contains the build folder path $build_dir"
    fi
done

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "$(basename "$deb") has the expected fields and files"
