#!/usr/bin/env bash
# Enrols this kiosk with its site hub using a one-time code from /maintenance → Devices (installed as
# /usr/local/sbin/lobby311-enrol by setup-kiosk.sh). Run as root: sudo lobby311-enrol K7QM-4XPA
# The code goes to the next start of lobby311-kiosk.service only (the unit deletes the file once it has started).
set -euo pipefail

code="${1:-}"
if [ "$(id -u)" -ne 0 ]; then
  echo "lobby311-enrol: run as root (sudo lobby311-enrol CODE)" >&2
  exit 1
fi
if ! [[ "$code" =~ ^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$ ]]; then
  echo "lobby311-enrol: give the enrolment code as shown in /maintenance, e.g. K7QM-4XPA" >&2
  exit 2
fi

install -d -m 0700 /run/lobby311
umask 077
printf 'LOBBY311_ENROL=--enrol=%s\n' "${code^^}" >/run/lobby311/enrol.env
systemctl restart lobby311-kiosk.service
echo "lobby311-enrol: the kiosk is restarting with the code. Check /maintenance → Devices, or:"
echo "  journalctl -u lobby311-kiosk -n 20"
