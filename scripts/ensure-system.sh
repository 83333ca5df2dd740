#!/bin/sh
# Make sure the Debian/Ubuntu packages OpnameStudio needs are installed.
#   scripts/ensure-system.sh run    what the app needs (PortAudio, Qt's system libraries, venv)
#   scripts/ensure-system.sh test   that plus what the test suite uses (a virtual microphone,
#                                   speech synthesis, outside judges such as minisign, flac, age)
# As root it installs what is missing; otherwise it prints the exact apt-get line and fails.
set -eu

profile="${1:-run}"
run_pkgs="libportaudio2 libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libdbus-1-3
 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 fonts-dejavu-core"
test_pkgs="espeak-ng sox pulseaudio pulseaudio-utils libasound2-plugins minisign flac util-linux
 e2fsprogs ffmpeg lame dosfstools fusefat poppler-utils zbar-tools age"

pkgs="$run_pkgs"
if [ "$profile" = "test" ]; then
    pkgs="$run_pkgs $test_pkgs"
fi

# python3 -m venv needs ensurepip, which Debian ships separately (python3-venv).
if ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    pkgs="$pkgs python3-venv"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: make sure PortAudio (and for the tests: $test_pkgs) are installed."
    exit 0
fi

missing=""
for p in $pkgs; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "OpnameStudio needs these Debian packages. Install them with:"
    echo "    sudo apt-get install -y --no-install-recommends$missing"
    exit 1
fi
