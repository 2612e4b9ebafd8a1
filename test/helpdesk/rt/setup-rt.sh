#!/usr/bin/env bash
# Request Tracker 5 test bed for Ringdesk's integration tests (recipe:
# ../shared/testbed/rt/README.md). Idempotent; run as root. Never starts a
# service: test/helpdesk/rt/rt-server.ts starts rt-server itself, per run.
#
# What .ci/run must call, as root, before the tests:
#     apt-get -o DPkg::Lock::Timeout=900 update -q   # once, for every apt install
#     bash test/helpdesk/rt/setup-rt.sh
# Timings on a 2-core Debian 12 machine: fresh install 29 s (261 new packages,
# 4 perl upgrades, 50 MB download, ~214 MB on disk), then the pristine database
# 2-9 s; a run with nothing to do 0.2 s. rt-server.ts then starts RT in 2-3 s.
#
# What it does:
#  1. installs request-tracker5, rt5-db-sqlite, rt5-standalone if missing
#     (debconf preseeded, no Recommends; pulls exim4 and apache2-bin, neither
#     is started);
#  2. installs ringdesk-site-config.pm as RT_SiteConfig.d/99-ringdesk.pm
#     (127.0.0.1, WebPath /rt, mbox mail, BcryptCost 8; the port and the
#     database come from the environment of each rt-server start);
#  3. installs the User_Local.pm overlay that makes the phone columns searchable;
#  4. builds the pristine database once: a fresh RT schema plus seed-initialdata.pl's data
#     (root/password, agent1/agent2, carl@ and dana@customer.test). Each test run
#     copies it to a directory of its own, so runs never see each other's tickets
#     and nothing has to be reset. It is rebuilt when this folder's files change.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packages=(request-tracker5 rt5-db-sqlite rt5-standalone)
site_config=/etc/request-tracker5/RT_SiteConfig.d/99-ringdesk.pm
overlay=/usr/local/share/request-tracker5/lib/RT/User_Local.pm
state_dir=/var/lib/ringdesk-rt
pristine="$state_dir/pristine.sqlite"
stamp="$state_dir/pristine.stamp"

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-rt.sh: must run as root (it installs Debian packages and writes /etc/request-tracker5)" >&2
  exit 1
fi

# Two test files may start RT at once and both ask for setup: one at a time.
mkdir -p /run/lock
exec 9>/run/lock/ringdesk-rt-setup.lock
flock 9

packages_installed() {
  local count
  count="$(dpkg-query -W -f='${Status}\n' "${packages[@]}" 2>/dev/null | grep -c '^install ok installed$' || true)"
  [ "$count" -eq "${#packages[@]}" ]
}

install_packages() {
  if ! packages_installed; then
    debconf-set-selections <<'EOF'
request-tracker5 request-tracker5/dbconfig-install boolean true
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/rtname string ringdesk.test
request-tracker5 request-tracker5/organization string ringdesk.test
request-tracker5 request-tracker5/correspondaddress string rt@ringdesk.test
request-tracker5 request-tracker5/commentaddress string rt-comment@ringdesk.test
request-tracker5 request-tracker5/webbaseurl string http://127.0.0.1:8090
request-tracker5 request-tracker5/webpath string /rt
request-tracker5 request-tracker5/handle-siteconfig-permissions boolean true
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/initial-root-password password password
EOF
    # Containers usually deny service starts already; where nothing does, deny
    # them for this install only (exim4's postinst would start its daemon).
    local own_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
      chmod 755 /usr/sbin/policy-rc.d
      own_policy=1
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    local status=0
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q \
      --no-install-recommends "${packages[@]}" || status=$?
    if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
    if [ "$status" -ne 0 ]; then
      echo "setup-rt.sh: apt-get install of ${packages[*]} failed ($status); did .ci/run call apt-get update first?" >&2
      exit "$status"
    fi
  fi
}

install_file() { # source target mode: copies only when the content differs
  if ! cmp -s "$1" "$2"; then
    mkdir -p "$(dirname "$2")"
    install -m "$3" "$1" "$2"
  fi
}

install_packages
install_file "$here/ringdesk-site-config.pm" "$site_config" 0644
install_file "$here/User_Local.pm" "$overlay" 0644

# The pristine database is rebuilt whenever what it is made from changes.
wanted_stamp() {
  {
    dpkg-query -W -f='${Version}\n' request-tracker5
    cat "$here/setup-rt.sh" "$here/ringdesk-site-config.pm" "$here/User_Local.pm" "$here/seed-initialdata.pl"
  } | sha256sum | cut -d' ' -f1
}

build_pristine() {
  local work
  mkdir -p "$state_dir"
  work="$(mktemp -d "$state_dir/build.XXXXXX")"
  # rt-setup-database reads the site config, which reads RINGDESK_RT_DATA.
  printf 'password' >"$work/root-password"
  if ! RINGDESK_RT_DATA="$work" rt-setup-database-5 --action init --skip-create \
         --root-password-file "$work/root-password" >"$work/setup.log" 2>&1 ||
     ! RINGDESK_RT_DATA="$work" rt-setup-database-5 --action insert --skip-create \
         --datafile "$here/seed-initialdata.pl" >>"$work/setup.log" 2>&1 ||
     # It exits 0 even when a user, group or right could not be created.
     grep -qE '\[(error|critical)\]' "$work/setup.log"; then
    echo "setup-rt.sh: building $pristine failed (rt-setup-database-5 init, then seed-initialdata.pl):" >&2
    cat "$work/setup.log" >&2
    rm -rf "$work"
    exit 1
  fi
  chmod 0644 "$work/rt.sqlite"
  mv -f "$work/rt.sqlite" "$pristine"
  rm -rf "$work"
}

stamp_now="$(wanted_stamp)"
if [ ! -f "$pristine" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$stamp_now" ]; then
  build_pristine
  echo "$stamp_now" >"$stamp"
fi
