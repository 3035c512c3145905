#!/usr/bin/env bash
# Screenshots of the evaluation report as a reader sees it: the report is made in English and
# Chinese from the generated Shenzhen sample data (scripts/report_example.py), then opened in
# headless Chromium. Chromium is not a test dependency: it is installed here, from Debian's
# packages, only when missing.
#
#   scripts/screenshot_report.sh [OUT_FOLDER=/tmp/carbonsink_report] [RESOLUTION_M=250] [HEIGHT=15000]
#
# RESOLUTION_M = demo takes the reports of `make demo` instead (demo_output/, made if missing).
#
# Writes OUT/report_{en,zh}.{html,pdf} and OUT/report_{en,zh}.png (1280 px wide, HEIGHT tall),
# and the PDF pages as OUT/pdf_{en,zh}-NN.png when pdftoppm (poppler-utils) is there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-/tmp/carbonsink_report}
resolution=${2:-250}
height=${3:-15000}
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  echo "screenshot_report: installing Debian's chromium (not needed by the plugin or its tests)"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

if [[ "$resolution" == "demo" ]]; then
  # The reports of `make demo` (the whole chain at 100 m), made first if missing.
  [[ -f "$root/demo_output/zh/report.pdf" ]] || make -C "$root" -s demo
  for language in en zh; do
    folder="$root/demo_output"
    [[ $language == zh ]] && folder="$root/demo_output/zh"
    cp "$folder/report.html" "$out/report_$language.html"
    cp "$folder/report.pdf" "$out/report_$language.pdf"
  done
else
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 "$root/scripts/report_example.py" "$out" "$resolution"
fi

for language in en zh; do
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --screenshot="$out/report_$language.png" --window-size=1280,"$height" \
    "file://$out/report_$language.html" 2>/dev/null
  rm -rf "$profile"
  if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -r 60 -png "$out/report_$language.pdf" "$out/pdf_$language"
  fi
  echo "$out/report_$language.png"
done
