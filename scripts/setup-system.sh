#!/usr/bin/env bash
# Installs the system packages that `npm start` and `npm test` need, skipping what is already there.
# Idempotent: safe to run again. Needs root (or sudo) and Debian/Ubuntu apt.
set -euo pipefail

packages=(chromium xvfb xauth gnome-keyring dbus dbus-x11 libsecret-1-0 build-essential python3 fonts-noto-cjk poppler-utils)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-system: all system packages present (${packages[*]})"
  exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd="sudo"; else
    echo "setup-system: need root to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup-system: done"
