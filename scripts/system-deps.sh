#!/usr/bin/env bash
# Installs the system services the test suite starts itself: PostgreSQL server binaries,
# Dovecot (IMAP), Chromium, and nginx (tests/e2e/test_deploy.py puts it in front of the app).
# On Debian as root it runs apt-get; elsewhere it prints the command.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0
cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep package scripts from starting system-wide services: the tests start their own.
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && created_policy=1
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ $created_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
  exit 0
fi
echo "offerwatch's tests need system packages that are missing: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get update && sudo $cmd" >&2
if [ "${CI:-}" = "true" ]; then exit 1; fi
echo "(continuing: tests that need them will be skipped outside CI)" >&2
