#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the
# OS-keychain tests use a real Secret Service without touching the user's own keyring.
# Without dbus-run-session or gnome-keyring-daemon it runs the command as it is; keychain tests
# then skip by name and say why.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring: dbus-run-session or gnome-keyring-daemon missing; keychain tests will skip" >&2
  exec "$@"
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/netbank-keyring.XXXXXX")
mkdir -p "$tmp/data" "$tmp/runtime"
chmod 700 "$tmp" "$tmp/data" "$tmp/runtime"
trap 'rm -rf "$tmp"' EXIT INT TERM
unset GNOME_KEYRING_CONTROL
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/runtime" NETBANK_KEYRING_SESSION=1
dbus-run-session -- sh -c 'printf "%s" "netbank-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
