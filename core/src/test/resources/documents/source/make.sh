#!/usr/bin/env bash
# Regenerates the office test documents in the folder above from the sources here. The results
# are committed, so the build and CI need none of these tools. Needs: LibreOffice (Debian
# packages libreoffice-writer-nogui, libreoffice-impress-nogui), qpdf, python3, and the core
# module's test class path for MakeBinaryFixtures.java (Outlook message, encrypted DOCX):
#   mvn -q dependency:build-classpath -pl core -Dmdep.outputFile=/tmp/cp.txt
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here"/features.fodt "$here"/parity.html "$here"/slides.fodp "$work"/
cd "$work"
for f in docx doc odt rtf pdf; do
    soffice --headless --convert-to "$f" features.fodt >/dev/null
    soffice --headless --infilter="HTML (StarWriter)" --convert-to "$f" parity.html >/dev/null
done
for f in odt docx; do
    soffice --headless --convert-to "$f" suppressed.fodt >/dev/null
done
soffice --headless --convert-to pptx slides.fodp >/dev/null
soffice --headless --convert-to odp slides.fodp >/dev/null
qpdf --encrypt harbour harbour-owner 256 -- parity.pdf encrypted.pdf
qpdf --encrypt "" owner-only 256 -- parity.pdf owner-password.pdf
head -c 3000 parity.docx > truncated.docx
head -c 9000 parity.pdf > truncated.pdf
printf 'Just a letter, not a PDF at all.\n' > text-named.pdf
printf '<html><body><p>Saved from Word as a web page: he is hard to engage.</p></body></html>' > web-page.doc
: > empty.docx
python3 - <<'PY'
import os, zipfile
open('photo.docx', 'wb').write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) + os.urandom(200))
open('binary.txt', 'wb').write(bytes(range(256)) * 4)
# a DOCX whose document.xml expands from about 100 KB to 100 MB of spaces: an archive bomb
src = zipfile.ZipFile('parity.docx')
with zipfile.ZipFile('zipbomb.docx', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for item in src.infolist():
        if item.filename != 'word/document.xml':
            z.writestr(item, src.read(item))
            continue
        doc = src.read(item).decode('utf-8')
        i = doc.index('<w:body>') + len('<w:body>')
        info = zipfile.ZipInfo('word/document.xml')
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, 'w', force_zip64=True) as f:
            f.write(doc[:i].encode())
            for _ in range(100):
                f.write(b' ' * (1024 * 1024))
            f.write(doc[i:].encode())
PY
cp parity.docx copy.docx
java -cp "$(cat /tmp/cp.txt)" "$here"/MakeBinaryFixtures.java "$work" copy.docx
cp features.{docx,doc,odt,rtf,pdf} parity.{docx,doc,odt,rtf,pdf} slides.{pptx,odp} review.msg encrypted.docx \
   encrypted.pdf owner-password.pdf truncated.docx truncated.pdf zipbomb.docx text-named.pdf photo.docx \
   empty.docx web-page.doc binary.txt "$out"/
cp "$here"/parity.html "$here"/parity.md "$here"/notice.eml "$out"/
echo "wrote the test documents to $out"
