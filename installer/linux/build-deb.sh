#!/bin/sh
# A .deb of the bundle in dist/opnamestudio/ (run after installer/build.sh):
#   sh installer/linux/build-deb.sh  ->  dist/opnamestudio_<version>_amd64.deb
# Installs to /opt/opnamestudio, links /usr/bin/opnamestudio, adds the menu entry and icons.
# The bundle brings its own Python, Qt and PortAudio; only the desktop basics are dependencies.
set -eu
cd "$(dirname "$0")/../.."
DIST=dist/opnamestudio
test -x "$DIST/opnamestudio" || { echo "build-deb.sh: run make installer first" >&2; exit 1; }
VERSION=$(installer/.venv-build/bin/python -c "import opnamestudio; print(opnamestudio.__version__)")
ARCH=$(dpkg --print-architecture)
ROOT=build/deb/opnamestudio
rm -rf "$ROOT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" "$ROOT/usr/share"
cp -a "$DIST" "$ROOT/opt/opnamestudio"
ln -s /opt/opnamestudio/opnamestudio "$ROOT/usr/bin/opnamestudio"
cp resources/opnamestudio.desktop "$ROOT/usr/share/applications/"
mkdir -p "$ROOT/usr/share/icons"
cp -a resources/icons/hicolor "$ROOT/usr/share/icons/"
SIZE=$(du -sk "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<CONTROL
Package: opnamestudio
Version: $VERSION
Architecture: $ARCH
Maintainer: OpnameStudio <opnamestudio@example.org>
Installed-Size: $SIZE
Depends: libc6 (>= 2.31), libfontconfig1, libxkbcommon0, libegl1, libgl1, libdbus-1-3
Recommends: libxkbcommon-x11-0, libxcb-cursor0, pulseaudio | pipewire-pulse, libasound2-plugins
Section: sound
Priority: optional
Description: record, seal and share conversations (Nationale ombudsman's rules)
 OpnameStudio records conversations between care professionals and clients,
 seals each recording so any cut or paste is detected and located, exports
 identical copies for the client and verifies copies later.
CONTROL
DEB="dist/opnamestudio_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z1 --build "$ROOT" "$DEB" >/dev/null
rm -rf "$ROOT"
# What the package installs must run: unpack it (not installed on this machine) and self-test.
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$DEB" "$unpacked"
out=$(env -i PATH=/usr/bin:/bin HOME="$unpacked" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$unpacked/opt/opnamestudio/opnamestudio" --self-test) || {
    echo "build-deb.sh: the packaged --self-test failed: $out" >&2
    exit 1
}
case $out in OK*) ;; *) echo "build-deb.sh: unexpected self-test output: $out" >&2; exit 1 ;; esac
echo "$DEB: $(du -sm "$DEB" | cut -f1) MiB; its self-test: OK"
