#!/usr/bin/env bash
# Remakes the policy-length documents of FormatParityTest (needs LibreOffice's soffice and a
# built checkout). Not run by the build: the documents are committed as made.
#
#   1. policy-N.md (N = 1..5): bench/make-corpus.sh with CORPUS_SEED=N, 20,000 bytes, from the
#      sector documents of bench/corpus only (listed below), about 3,500 words each;
#   2. policy-N.html: the Markdown rendered by commonmark (Md2Html.java);
#   3. policy-N.{docx,doc,odt,rtf,pdf}: the HTML opened and saved by LibreOffice (7.4 here).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
for f in day-centre-code-of-conduct drug-service-leaflet homelessness-decision-letter housing-first-quarterly \
         incident-report key-worker-handover move-on-panel-minutes outreach-shift-notes peer-mentor-blog \
         rough-sleeping-strategy-extract safeguarding-procedure supporter-newsletter-winter team-meeting-minutes \
         trust-funding-bid trustee-board-report volunteer-induction; do
  cp "$root/bench/corpus/$f.md" "$src/"
done
cd "$here"
for i in 1 2 3 4 5; do
  CORPUS_SRC="$src" CORPUS_SEED=$i "$root/bench/make-corpus.sh" "policy-$i.md" 20000
done
java -cp "$(ls ~/.m2/repository/org/commonmark/commonmark/*/commonmark-*.jar | tail -n 1)" Md2Html.java policy-*.md
for fmt in docx doc odt rtf pdf; do
  soffice --headless --infilter="HTML (StarWriter)" --convert-to "$fmt" --outdir . policy-*.html >/dev/null
done
