#!/usr/bin/env bash
# Sets up everything the console and its tests need on a fresh Debian machine:
# Debian packages (Kamailio, baresip, sox, PostgreSQL) and a virtual environment in .venv.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_debs=(kamailio baresip sox postgresql libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  # what Qt's X11 platform plugin (libqxcb.so) loads; without them the console cannot open a window
  libgl1 libglib2.0-0 libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
  libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libxcb-render0 libxcb1
  xvfb xauth  # an X server for the tests of the real desktop
  xdg-utils desktop-file-utils  # `agent-console install-desktop`: xdg-mime, and its test checks the .desktop file
  libnotify-bin dbus-daemon dunst)  # the desktop's notifications (notify-send); the test's bus and notification server
missing=()
for p in "${want_debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})) && [ "${SKIP_APT:-0}" != 1 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
  # The tests start their own Kamailio and PostgreSQL; the distribution's services stay off.
  for svc in kamailio postgresql; do
    (command -v systemctl >/dev/null && $sudo systemctl disable --now "$svc" >/dev/null 2>&1) || true
    $sudo service "$svc" stop >/dev/null 2>&1 || true
  done
fi

py=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$py" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e '.[test,build]'  # build: the bundle is built and run by tests/bundle
  rm -f .venv/.installed-*; touch "$stamp"
fi
