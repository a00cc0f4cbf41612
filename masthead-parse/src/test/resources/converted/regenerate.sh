#!/bin/sh
# Prints front.html, inner.html and rows.html to PDF with headless Chromium (once per font) and runs the three converters.
# Needs: chromium, poppler-utils, mupdf-tools, fonts-wqy-microhei, fonts-noto-cjk.
set -e
cd "$(dirname "$0")"
for page in front inner rows; do
for font in "WenQuanYi Micro Hei:wqy" "Noto Sans CJK SC:noto"; do
  name=${font%%:*}; tag=$page-${font##*:}
  sed "s/FONT/$name/g" $page.html > /tmp/$tag.html
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" \
    --no-pdf-header-footer --print-to-pdf=/tmp/$tag.pdf /tmp/$tag.html 2>/dev/null
  pdftotext -enc UTF-8 /tmp/$tag.pdf $tag.pdftotext.txt
  pdftotext -enc UTF-8 -layout /tmp/$tag.pdf $tag.layout.txt
  mutool draw -q -F txt -o $tag.mutool.txt /tmp/$tag.pdf
done
done
