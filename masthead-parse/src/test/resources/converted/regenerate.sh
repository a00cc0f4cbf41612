#!/bin/sh
# Prints front.html, inner.html, rows.html, verse.html and vertical.html (or the pages named as arguments) to PDF with headless
# Chromium (once per font) and runs the three converters.
# Needs: chromium, poppler-utils, mupdf-tools, fonts-wqy-microhei, fonts-noto-cjk.
set -e
cd "$(dirname "$0")"
for page in ${*:-front inner rows verse vertical}; do
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
# jfjb-2024-01-01-p08.mutool.txt and jfjb-2024-01-02-p09.mutool.txt are mutool's text of two generated pages as
# Chromium printed them: `masthead generate --out DIR --from 2024-01-01 --to 2024-01-02 --converter mutool` (seed 1)
# writes them as DIR/2024/01/jfjb-2024-01-01-p08.txt and DIR/2024/01/jfjb-2024-01-02-p09.txt.
# jfjb-2024-01-04-p01-head.layout.txt and jfjb-2025-06-09-p01-head.pdftotext.txt are the first lines of two generated
# front pages as Chromium printed them, through `pdftotext -layout` and `pdftotext` (`masthead generate
# --converter pdftotext-layout|pdftotext` of those days, seed 1).
# jfjb-2024-01-01-p04.pdftotext.txt: the same day's page 4 through `pdftotext` (`--converter pdftotext`).
# jfjb-2025-01-03-p01.pdftotext.txt and jfjb-2025-01-07-p01.pdftotext.txt: those days' front pages through `pdftotext`.
# jfjb-2025-06-01-p09.mutool.txt: that day's page 9 through `mutool draw -F txt` (`--converter mutool`, seed 1).
# jfjb-2025-06-06-p11.mutool.txt: that day's page 11 through `mutool draw -F txt` (`--converter mutool`, seed 1).
# jfjb-2025-06-02-p03.mutool.txt: that day's page 3 through `mutool draw -F txt` (`--converter mutool`, seed 1).
# jfjb-2025-06-02-p03.pdftotext.txt: that day's page 3 through `pdftotext` (`--converter pdftotext`, seed 1).
# jfjb-2025-06-01-p08.mutool.txt and jfjb-2025-06-09-p06.mutool.txt: those days' pages with a poem through `mutool draw
# -F txt` (`--converter mutool`, seed 1, the generator of the thirty-fourth session): a photo's caption, and a headline
# its line could not hold, under the poem's last line.
