#!/usr/bin/env bash
# `make test-debian13`: the whole suite on Debian 13 (trixie: QGIS 3.40, Python 3.13, GDAL 3.10)
# in a debootstrap root cached under build/debian13. Runs as root (debootstrap, chroot, mount).
# The root is built once; later runs only refresh the copy of the checkout and run `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."

root=$PWD/build/debian13
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [[ ! -f $root/.bootstrapped ]]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  rm -rf "$root"
  mkdir -p "$root"
  debootstrap --variant=minbase --include=ca-certificates,make,git "trixie" "$root" "$mirror" >"$root.log"
  touch "$root/.bootstrapped"
fi

mounted=()
cleanup() {
  # Unmount in reverse order on every exit path (success, failure, Ctrl-C).
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done
}
trap cleanup EXIT
for fs in proc dev dev/pts sys; do
  mkdir -p "$root/$fs"
  mount --bind "/$fs" "$root/$fs"
  mounted+=("$root/$fs")
done

# pip inside the root must trust the same certificate authorities as the host.
if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
  cp /usr/local/share/ca-certificates/* "$root/usr/local/share/ca-certificates/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

# The checkout as a clone of its HEAD plus the working tree's changes (tracked and untracked, not
# ignored: no build/, no venv): what CI would test, and what a developer has just edited.
rm -rf "$root/src"
git clone --quiet --no-hardlinks "$PWD" "$root/src"
git ls-files -z --cached --others --exclude-standard \
  | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$root/src"

# The venv lives outside the copy so its pip installs are cached with the root.
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  PYTEST_ARGS="${PYTEST_ARGS:-}" /bin/bash -c 'set -e
    update-ca-certificates >/dev/null
    export DEBIAN_FRONTEND=noninteractive
    command -v git >/dev/null || { apt-get update -qq && apt-get install -y -qq git >/dev/null; }
    cd /src
    scripts/deps.sh
    echo "test-debian13: $(grep -h PRETTY_NAME /etc/os-release), QGIS $(python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)")"
    make test VENV=/opt/venv PYTEST_ARGS="$PYTEST_ARGS"'
