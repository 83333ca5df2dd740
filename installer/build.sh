#!/bin/sh
# Build the Linux one-folder bundle (dist/opnamestudio/) and smoke-test it: `make installer`.
#
#   installer/build.sh           build (the build venv is made when missing), smoke-test, and
#                                package it as dist/opnamestudio_<version>_<arch>.deb
#   installer/build.sh --test    only the smoke test of an existing dist/opnamestudio/
#
# The build venv (installer/.venv-build) holds PyInstaller and the package without test
# extras, so nothing of pytest, ruff or mypy, and only PySide6-Essentials, can be bundled.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
VENV=installer/.venv-build
DIST=dist/opnamestudio
EXE=$DIST/opnamestudio

smoke_test() {
    test -x "$EXE" || { echo "build.sh: $EXE is missing: run make installer" >&2; exit 1; }
    # Nothing of what the app never uses may be in the bundle (the full PySide6 is +265 MiB).
    bloat=$(find "$DIST" \( -iname '*WebEngine*' -o -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' \
        -o -iname 'QtQuick*' -o -iname 'QtQml*' -o -iname '*Qt6Designer*' -o -iname '*Qt6Pdf*' \) \
        -print | head -5)
    if [ -n "$bloat" ]; then
        echo "build.sh: unused Qt parts in the bundle:" >&2
        echo "$bloat" >&2
        exit 1
    fi
    # A clean environment: no venv, no display, no sound server, a fresh home; the bundled
    # PortAudio must be the one that loads.
    home=$(mktemp -d)
    errors=$(mktemp)
    trap 'rm -rf "$home" "$errors"' EXIT
    out=$(env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        "$EXE" --self-test 2>"$errors") || {
        echo "build.sh: the bundled --self-test failed: $out" >&2
        cat "$errors" >&2
        exit 1
    }
    echo "$out"
    case $out in
        OK*"$ROOT/$DIST/"*libportaudio*) ;;
        OK*) echo "build.sh: the self-test did not use the bundled PortAudio" >&2; exit 1 ;;
        *) echo "build.sh: unexpected self-test output" >&2; exit 1 ;;
    esac
    left=$(find "$home" -iname '*opnamestudio*' | head -1)
    if [ -n "$left" ]; then
        echo "build.sh: the self-test wrote into the user's data folder: $left" >&2
        exit 1
    fi
    echo "bundle: $(du -sm "$DIST" | cut -f1) MiB in $DIST"
}

if [ "${1:-}" = "--test" ]; then
    smoke_test
    exit 0
fi

test -x $VENV/bin/python || "$PYTHON" -m venv $VENV
$VENV/bin/python -m pip install --quiet --disable-pip-version-check pyinstaller "$ROOT"
if $VENV/bin/python -m pip show --quiet PySide6-Addons >/dev/null 2>&1; then
    echo "build.sh: PySide6-Addons is in the build venv: depend on PySide6-Essentials only" >&2
    exit 1
fi
$VENV/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/opnamestudio.spec
smoke_test
# A .deb where it is cheap (Debian and Ubuntu build machines): a few seconds more.
if command -v dpkg-deb >/dev/null 2>&1; then
    sh installer/linux/build-deb.sh
fi
