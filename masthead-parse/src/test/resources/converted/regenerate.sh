#!/bin/sh
# Prints front.html to PDF with headless Chromium (once per font) and runs the three converters.
# Needs: chromium, poppler-utils, mupdf-tools, fonts-wqy-microhei, fonts-noto-cjk.
set -e
cd "$(dirname "$0")"
for font in "WenQuanYi Micro Hei:wqy" "Noto Sans CJK SC:noto"; do
  name=${font%%:*}; tag=${font##*:}
  sed "s/FONT/$name/g" front.html > /tmp/front-$tag.html
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" \
    --no-pdf-header-footer --print-to-pdf=/tmp/front-$tag.pdf /tmp/front-$tag.html 2>/dev/null
  pdftotext -enc UTF-8 /tmp/front-$tag.pdf front-$tag.pdftotext.txt
  pdftotext -enc UTF-8 -layout /tmp/front-$tag.pdf front-$tag.layout.txt
  mutool draw -q -F txt -o front-$tag.mutool.txt /tmp/front-$tag.pdf
done
