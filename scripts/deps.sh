#!/usr/bin/env bash
# Install what `make` needs and is missing, from Debian's packages only (never pip for QGIS/GDAL).
# Idempotent: when everything is present it only asks dpkg and returns.
set -euo pipefail

packages=(
  python3-qgis qgis-providers qgis       # PyQGIS, data providers, qgis_process and the desktop app
  gdal-bin python3-gdal                  # GDAL tools and bindings
  python3-venv python3-pip               # the test venv (with --system-site-packages)
  qt6-l10n-tools                         # Qt6's lrelease: the .ts → .qm (scripts/translations.py extracts)
  xvfb xauth                             # a virtual screen for screenshots of QGIS itself
  fonts-noto-cjk                         # Chinese text in reports, charts and maps (PDF fonts)
  poppler-utils                          # pdftotext/pdftoppm: the report tests read the PDF
  zip
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "deps: not a Debian system; install QGIS (>= 3.22) with its Python bindings yourself." >&2
  /usr/bin/python3 -c "import qgis.core" || exit 1
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "deps: installing from Debian's packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
