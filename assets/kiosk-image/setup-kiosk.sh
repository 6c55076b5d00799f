#!/usr/bin/env bash
# Turns a fresh Debian 12 PC into a Lobby 311 kiosk. Safe to run again (to change the hub or printer): each step
# checks before it changes anything. Run as root from this folder's copy, with exactly one of --appimage or --deb:
#
#   sudo ./setup-kiosk.sh --appimage ./Lobby-311-0.1.0.AppImage --hub http://10.0.0.10:8311 \
#     [--role kiosk] [--printer usb:///dev/usb/lp0] [--printer-model epson-tm-t88vi] [--scanner none]
#
# --appimage (the usual way): the kiosk updates itself from the hub (/maintenance -> App updates).
# --deb <lobby311_*.deb>: the kiosk does NOT update itself from the hub; IT installs every new deb by hand.
# Without --hub an existing /etc/lobby311/kiosk.conf is kept as it is. Then enrol once: sudo lobby311-enrol CODE
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Tests set LOBBY311_IMAGE_ROOT to a scratch folder (and put stand-ins for apt, systemctl... on PATH).
root="${LOBBY311_IMAGE_ROOT:-}"
config_dir="$root/etc/lobby311"
config_file="$config_dir/kiosk.conf"
units=(lobby311-kiosk.service lobby311-nightly-restart.service lobby311-nightly-restart.timer)
# The AppImage lives in a folder the kiosk user owns: electron-updater's AppImage updater (running as kiosk)
# deletes the file named by $APPIMAGE (the runtime sets it with symlinks resolved) and moves the new version to
# the same name, so both the file and its folder must be writable by kiosk. No version in the name: the updater
# then keeps the name, and /usr/bin/lobby311 (what lobby311-kiosk.service starts) keeps pointing at it.
app_dir=/opt/lobby311
app_image="$app_dir/Lobby311.AppImage"
app_link=/usr/bin/lobby311
# What an AppImage needs from Debian 12: FUSE 2 to mount itself, and the libraries the deb would pull in
# (electron-builder's default deb Depends) plus libgbm1 and libasound2, which Electron links against.
appimage_packages=(libfuse2 libgtk-3-0 libnotify4 libnss3 libxss1 libxtst6 xdg-utils libatspi2.0-0 libuuid1
  libsecret-1-0 libgbm1 libasound2)

appimage=""
deb=""
hub=""
role=kiosk
printer=none
printer_model=epson-tm-t88vi
scanner=none

usage() {
  sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --appimage) appimage="${2:?--appimage needs a path}"; shift 2 ;;
    --deb) deb="${2:?--deb needs a path}"; shift 2 ;;
    --hub) hub="${2:?--hub needs a URL}"; shift 2 ;;
    --role) role="${2:?--role needs a value}"; shift 2 ;;
    --printer) printer="${2:?--printer needs a URI}"; shift 2 ;;
    --printer-model) printer_model="${2:?--printer-model needs a model}"; shift 2 ;;
    --scanner) scanner="${2:?--scanner needs a URI}"; shift 2 ;;
    -h | --help) usage ;;
    *) echo "setup-kiosk: unknown option $1" >&2; usage ;;
  esac
done

step() { printf '==> %s\n' "$*"; }

# Installs the packages among "$@" that are not installed yet (nothing, not even apt-get update, when all are).
ensure_packages() {
  local missing=() package
  for package; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
}

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-kiosk: run as root (sudo $0 ...)" >&2
  exit 1
fi
case "$role" in
  kiosk | desk | display | maintenance) ;;
  *) echo "setup-kiosk: --role must be kiosk, desk, display or maintenance" >&2; exit 2 ;;
esac
case "$hub" in
  "" | http://* | https://*) ;;
  *) echo "setup-kiosk: --hub must be an http:// or https:// URL" >&2; exit 2 ;;
esac
if [ -z "$appimage$deb" ] || { [ -n "$appimage" ] && [ -n "$deb" ]; }; then
  echo "setup-kiosk: give exactly one of --appimage <file> (updates itself from the hub) or --deb <file>" >&2
  usage
fi
app_file="${appimage:-$deb}"
if [ ! -f "$app_file" ]; then
  echo "setup-kiosk: no file at ${appimage:+--appimage}${deb:+--deb} $app_file" >&2
  exit 2
fi
if [ -n "$appimage" ] && dpkg -s lobby311 >/dev/null 2>&1; then
  echo "setup-kiosk: the lobby311 deb is installed: remove it first (sudo apt-get remove lobby311)" >&2
  exit 2
fi
if [ -n "$deb" ] && [ -e "$root$app_image" ]; then
  echo "setup-kiosk: this kiosk runs the AppImage ($app_image): keep giving --appimage" >&2
  exit 2
fi
if [ -z "$hub" ] && [ ! -f "$config_file" ]; then
  echo "setup-kiosk: first run: give --hub (the site hub's address)" >&2
  exit 2
fi

step "the kiosk user (no password: it only ever runs the kiosk)"
if ! id kiosk >/dev/null 2>&1; then
  useradd --create-home --shell /usr/sbin/nologin --comment "Lobby 311 kiosk" kiosk
fi
# lp: /dev/usb/lp*; dialout: USB-serial printers and scanners; video, render, input: the screen and touch.
usermod --append --groups lp,dialout,video,render,input kiosk

if [ -n "$appimage" ]; then
  step "packages: cage (the kiosk compositor), libfuse2 and the libraries the AppImage uses"
  ensure_packages cage "${appimage_packages[@]}"
  step "the Lobby 311 app: $app_image (owned by kiosk, so it can update itself), $app_link"
  install -d -m 0755 "$root$app_dir"
  chown kiosk:kiosk "$root$app_dir"
  if ! cmp -s "$appimage" "$root$app_image"; then
    # Copied next to its place, then renamed over it: a running kiosk never sees a half-written file.
    install -m 0755 "$appimage" "$root$app_dir/.Lobby311.AppImage.new"
    chown kiosk:kiosk "$root$app_dir/.Lobby311.AppImage.new"
    mv -f "$root$app_dir/.Lobby311.AppImage.new" "$root$app_image"
  fi
  chown kiosk:kiosk "$root$app_image"
  chmod 0755 "$root$app_image"
  install -d -m 0755 "$root$(dirname "$app_link")"
  if [ "$(readlink "$root$app_link")" != "$app_image" ]; then
    ln -sfn "$app_image" "$root$app_link"
  fi
else
  step "packages: cage (the kiosk compositor)"
  ensure_packages cage
  step "the Lobby 311 app: deb (no updates from the hub: install each new deb with this script)"
  # apt installs the package's dependencies too; it re-installs only when the version differs.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$(realpath "$deb")"
fi

step "settings: $config_file"
install -d -m 0755 "$config_dir"
if [ -n "$hub" ]; then
  new_config="$(mktemp)"
  {
    echo "# Lobby 311 kiosk settings, written by setup-kiosk.sh. After a change: systemctl restart lobby311-kiosk"
    echo "role=$role"
    echo "hub=$hub"
    echo "printer=$printer"
    echo "printer-model=$printer_model"
    echo "scanner=$scanner"
  } >"$new_config"
  install -m 0644 "$new_config" "$config_file"
  rm -f "$new_config"
fi

step "device permissions (udev)"
install -d -m 0755 "$root/etc/udev/rules.d"
install -m 0644 "$here/60-lobby311-devices.rules" "$root/etc/udev/rules.d/60-lobby311-devices.rules"
udevadm control --reload || true
udevadm trigger --subsystem-match=usbmisc --subsystem-match=tty || true

step "never sleep, never blank"
install -d -m 0755 "$root/etc/systemd/logind.conf.d"
install -m 0644 "$here/logind-lobby311.conf" "$root/etc/systemd/logind.conf.d/lobby311.conf"
systemctl mask --quiet sleep.target suspend.target hibernate.target hybrid-sleep.target
grub="$root/etc/default/grub"
if [ -f "$grub" ] && ! grep -q 'consoleblank=0' "$grub"; then
  sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="\(.*\)"/GRUB_CMDLINE_LINUX_DEFAULT="\1 consoleblank=0"/' "$grub"
  update-grub
fi

step "enrolment helper: lobby311-enrol"
install -d -m 0755 "$root/usr/local/sbin"
install -m 0755 "$here/enrol-kiosk.sh" "$root/usr/local/sbin/lobby311-enrol"

step "systemd units: kiosk on tty1, nightly restart"
install -d -m 0755 "$root/etc/systemd/system"
for unit in "${units[@]}"; do
  install -m 0644 "$here/$unit" "$root/etc/systemd/system/$unit"
done
install -d -m 0755 "$root/usr/share/doc/lobby311/kiosk-image"
install -m 0644 "$here/README.md" "$root/usr/share/doc/lobby311/kiosk-image/README.md"
systemctl daemon-reload
systemctl set-default graphical.target
systemctl enable lobby311-kiosk.service lobby311-nightly-restart.timer
systemctl restart lobby311-kiosk.service
systemctl start lobby311-nightly-restart.timer

step "done: the kiosk screen is on tty1. Enrol it once: sudo lobby311-enrol <code from /maintenance>"
