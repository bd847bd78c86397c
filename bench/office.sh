#!/usr/bin/env bash
# strengths-lint benchmark for office documents (called by bench/run.sh, or on its own).
#
#   bench/office.sh [--memory]
#
#   1. builds the jar if needed (./strengths-lint --version)
#   2. makes bench/out/office/: COPIES copies (default 20) of each office test document in
#      core/src/test/resources/documents (DOCX, DOC, ODT, RTF, PDF, HTML, PPTX, ODP, EML, MSG)
#   3. whole-process time of a check of that folder (./strengths-lint check) against Tika's
#      extraction alone on the same files (org.strengthslint.cli.bench.TikaExtractionOnly, in
#      cli's test sources like the other benchmark programs: bench/classes.sh;
#      Tika's AutoDetectParser, as an application would ask Tika for the text, on as many
#      threads as a check uses); target: check <= 1.2 x Tika's extraction (bench/README.md);
#      also, reported without a target, the check against strengths-lint's own extraction alone
#      (org.strengthslint.cli.bench.ExtractionOnly: the reader a check uses, faster than Tika's
#      AutoDetectParser), which is the cost of the checking itself
#   4. the same on policy-length documents, when LibreOffice (soffice) is installed: 10 documents
#      of about 3,300 words each, made once from bench/corpus (bench/make-corpus.sh with seeds
#      1 to 10) and saved by LibreOffice as DOCX, DOC, ODT, RTF, PDF and HTML, 5 copies of each
#      (bench/out/office-policies); the test documents of step 2 hold about 80 words each, so
#      there start-up dominates, here the checking of the text does
#   5. whole-process time of `./strengths-lint check` on one small DOCX letter; target < 1.5 s
#   6. with --memory: a folder of about 1 GB of documents (bench/out/office-1gb, made once) checked
#      with -Xmx512m; target: it completes (no out-of-memory), every file reported
#
# Medians of RUNS rounds (default 9: three in each order) after a warm-up; in each round
# extraction, check and Tika's extraction run in turn, so a change in the machine's load falls on
# all three (which goes first changes from round to round, as a run's place in the sequence
# matters too), and each ratio
# is the median of the rounds' ratios (their range is printed beside it). Exit 0 when every
# target is met, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=bench/out
folder=$out/office
jar=cli/target/strengths-lint.jar
docs=core/src/test/resources/documents
letter=$docs/parity.docx
copies=${COPIES:-20}
runs=${RUNS:-9}
memory=0
[[ ${1:-} == --memory ]] && memory=1
# The same JVM options as the ./strengths-lint launcher, so both sides of the comparison run alike.
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    java_opts+=(-XX:+UseTransparentHugePages)
fi
log() { printf '[office] %s\n' "$*" >&2; }

./strengths-lint --version >/dev/null
source bench/classes.sh
ensure_bench_classes || { log "the benchmark programs (cli's test sources) could not be compiled"; exit 1; }
mkdir -p "$folder"
if [[ $(find "$folder" -type f | wc -l) -lt $((copies * 10)) ]]; then
    log "making $folder ($copies copies of each document)"
    for ((i = 1; i <= copies; i++)); do
        for f in features.docx features.doc features.odt features.rtf features.pdf parity.html slides.pptx \
                 slides.odp notice.eml review.msg; do
            cp "$docs/$f" "$folder/$i-$f"
        done
    done
fi

now() { date +%s%N; }
range() { printf '%s\n' "$@" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f-%.2f", lo, hi }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
secs() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }
time_runs() { # label, command...
    local label=$1; shift
    local t times=()
    "$@" >/dev/null 2>&1 || true
    for ((r = 1; r <= runs; r++)); do
        t=$(now); "$@" >/dev/null 2>&1 || true; times+=($(( $(now) - t )))
        log "$label run $r: $(secs "${times[-1]}") s"
    done
    MEDIAN=$(median "${times[@]}")
}
# compare FOLDER: strengths-lint's extraction alone, a whole check, and Tika's own extraction
# alone, in turn (each round in a different order); sets EXTRACT, CHECK, TIKA (medians), RATIO (check / strengths-lint's
# extraction) and TIKA_RATIO (check / Tika's extraction), each the median of the ratios within
# each round, and RANGE and TIKA_RANGE (of their rounds).
compare() {
    local dir=$1 t r extracts=() checks=() tikas=() ratios=() tika_ratios=()
    java "${java_opts[@]}" -cp "$bench_cp" org.strengthslint.cli.bench.ExtractionOnly "$dir" >/dev/null 2>&1 || true
    ./strengths-lint check --fail-on never --format json "$dir" >/dev/null 2>&1 || true
    java "${tika_opts[@]}" -cp "$bench_cp" org.strengthslint.cli.bench.TikaExtractionOnly "$dir" >/dev/null 2>&1 || true
    local extract_ns check_ns tika_ns step
    for ((r = 1; r <= runs; r++)); do
        # The three take turns at going first: on these machines a run's place in a sequence of
        # runs moves its time by as much as the differences measured.
        for step in 0 1 2; do
            case $(( (r + step) % 3 )) in
                0) t=$(now); java "${java_opts[@]}" -cp "$bench_cp" org.strengthslint.cli.bench.ExtractionOnly "$dir" \
                       >/dev/null 2>&1 || true; extract_ns=$(( $(now) - t )) ;;
                1) t=$(now); ./strengths-lint check --fail-on never --format json "$dir" >/dev/null 2>&1 || true
                   check_ns=$(( $(now) - t )) ;;
                2) t=$(now); java "${tika_opts[@]}" -cp "$bench_cp" org.strengthslint.cli.bench.TikaExtractionOnly "$dir" \
                       >/dev/null 2>&1 || true; tika_ns=$(( $(now) - t )) ;;
            esac
        done
        extracts+=("$extract_ns") checks+=("$check_ns") tikas+=("$tika_ns")
        ratios+=($(awk -v c="${checks[-1]}" -v e="${extracts[-1]}" 'BEGIN { printf "%.3f", c / e }'))
        tika_ratios+=($(awk -v c="${checks[-1]}" -v e="${tikas[-1]}" 'BEGIN { printf "%.3f", c / e }'))
        log "$dir run $r: extraction $(secs "${extracts[-1]}") s, check $(secs "${checks[-1]}") s, Tika alone $(secs "${tikas[-1]}") s; check / Tika ${tika_ratios[-1]}, check / extraction ${ratios[-1]}"
    done
    EXTRACT=$(median "${extracts[@]}")
    CHECK=$(median "${checks[@]}")
    TIKA=$(median "${tikas[@]}")
    # The ratio within each round, then their median: a round shares the machine's load of its
    # moment, which on a shared machine drifts more than the difference measured.
    RATIO=$(printf '%.2f' "$(median "${ratios[@]}")")
    TIKA_RATIO=$(printf '%.2f' "$(median "${tika_ratios[@]}")")
    RANGE=$(range "${ratios[@]}")
    TIKA_RANGE=$(range "${tika_ratios[@]}")
}

# Policy-length documents, made once with LibreOffice from the benchmark's Markdown sources.
policies=$out/office-policies
make_policies() {
    local work=$out/office-policies.tmp i f fmt
    rm -rf "$work" "$policies"; mkdir -p "$work/html" "$work/docs" "$policies"
    for i in $(seq -w 1 10); do
        CORPUS_SEED=$((10#$i)) bench/make-corpus.sh "$work/policy-$i.md" 20000
        # Markdown headings, bullet lists and paragraphs as HTML that LibreOffice can open
        awk -v title="Policy $i" '
            function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
            function flush() { if (para != "") print "<p>" esc(para) "</p>"; para = "" }
            BEGIN { print "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>" }
            /^#+ / { flush(); n = index($0, " "); print "<h" (n - 1) ">" esc(substr($0, n + 1)) "</h" (n - 1) ">"; next }
            /^[-*] / { flush(); print "<ul><li>" esc(substr($0, 3)) "</li></ul>"; next }
            /^[[:space:]]*$/ { flush(); next }
            { para = para == "" ? $0 : para " " $0 }
            END { flush(); print "</body></html>" }' "$work/policy-$i.md" > "$work/html/policy-$i.html"
    done
    for fmt in docx doc odt rtf pdf; do
        soffice --headless --infilter="HTML (StarWriter)" --convert-to "$fmt" --outdir "$work/docs" \
            "$work"/html/*.html >/dev/null 2>&1
    done
    cp "$work"/html/*.html "$work/docs/"
    for i in 1 2 3 4 5; do
        for f in "$work"/docs/*; do cp "$f" "$policies/$i-$(basename "$f")"; done
    done
    rm -rf "$work"
    [[ $(find "$policies" -type f | wc -l) -eq 300 ]] && touch "$policies/.complete"
}

# The launcher's class data sharing archive too (made by ./strengths-lint --version above).
[[ -f cli/target/strengths-lint.jsa ]] && java_opts+=(-XX:SharedArchiveFile=cli/target/strengths-lint.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
# Tika's extraction gets a class data sharing archive of its own classes, made the same way as
# the launcher's (a training run on the test documents), so that neither side starts colder.
tika_opts=()
for o in "${java_opts[@]}"; do [[ $o == -XX:SharedArchiveFile=* ]] || tika_opts+=("$o"); done
tika_cds=$out/tika-extraction.jsa
if [[ ! -f $tika_cds || $jar -nt $tika_cds ]]; then
    log "making $tika_cds (class data sharing for Tika's extraction alone)"
    # The archive holds the jar's classes only (Java cannot archive from a folder on the class
    # path); runs add the benchmark's own classes after the jar, which an archive allows.
    java -XX:DumpLoadedClassList="$tika_cds.classes" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$bench_cp" \
        org.strengthslint.cli.bench.TikaExtractionOnly "$folder" >/dev/null 2>&1 \
        && java -Xshare:dump -XX:SharedClassListFile="$tika_cds.classes" -XX:SharedArchiveFile="$tika_cds" \
            -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" >/dev/null 2>&1 || rm -f "$tika_cds"
    rm -f "$tika_cds.classes"
fi
[[ -f $tika_cds ]] && tika_opts+=(-XX:SharedArchiveFile="$tika_cds")
verdict() { awk -v r="$1" 'BEGIN { print (r <= 1.2) ? "PASS" : "FAIL" }'; }
compare "$folder"
extract=$EXTRACT check=$CHECK ratio=$RATIO range=$RANGE tika=$TIKA tika_ratio=$TIKA_RATIO tika_range=$TIKA_RANGE
ratio_ok=$(verdict "$TIKA_RATIO")
files=$(find "$folder" -type f | wc -l)
policy_ok=SKIP
if [[ ! -f $policies/.complete ]] && command -v soffice >/dev/null 2>&1; then
    log "making $policies with LibreOffice (once)"
    make_policies
fi
if [[ -f $policies/.complete ]]; then
    compare "$policies"
    p_extract=$EXTRACT p_check=$CHECK p_ratio=$RATIO p_range=$RANGE
    p_tika=$TIKA p_tika_ratio=$TIKA_RATIO p_tika_range=$TIKA_RANGE policy_ok=$(verdict "$TIKA_RATIO")
fi
time_runs letter ./strengths-lint check --fail-on never "$letter"
letter_time=$MEDIAN
letter_ok=$(awk -v ns="$letter_time" 'BEGIN { print (ns / 1e9 < 1.5) ? "PASS" : "FAIL" }')
{
    echo
    echo "office documents, $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
    printf '%-58s %-14s %-8s %s\n' measure result target verdict
    printf '%-58s %-14s %-8s %s\n' "Tika's extraction alone, $files test documents" "$(secs "$tika") s" "" ""
    printf '%-58s %-14s %-8s %s\n' "check, same folder" "$(secs "$check") s" "" ""
    printf '%-58s %-14s %-8s %s\n' "check / Tika's extraction (rounds: $tika_range)" "$tika_ratio" "<= 1.2" "$ratio_ok"
    printf '%-58s %-14s %-8s %s\n' "strengths-lint's own extraction alone, same folder" "$(secs "$extract") s" "" ""
    printf '%-58s %-14s %-8s %s\n' "check / strengths-lint's extraction (rounds: $range)" "$ratio" "" ""
    if [[ $policy_ok == SKIP ]]; then
        printf '%-58s %-14s %-8s %s\n' "policy-length documents (needs soffice)" "-" "<= 1.2" SKIP
    else
        printf '%-58s %-14s %-8s %s\n' "Tika's extraction alone, 300 policy-length documents" "$(secs "$p_tika") s" "" ""
        printf '%-58s %-14s %-8s %s\n' "check, same folder" "$(secs "$p_check") s" "" ""
        printf '%-58s %-14s %-8s %s\n' "check / Tika's extraction (rounds: $p_tika_range)" "$p_tika_ratio" "<= 1.2" "$policy_ok"
        printf '%-58s %-14s %-8s %s\n' "strengths-lint's own extraction alone, same folder" "$(secs "$p_extract") s" "" ""
        printf '%-58s %-14s %-8s %s\n' "check / strengths-lint's extraction (rounds: $p_range)" "$p_ratio" "" ""
    fi
    printf '%-58s %-14s %-8s %s\n' "check, one small DOCX letter (whole process)" "$(secs "$letter_time") s" "< 1.5 s" "$letter_ok"
} | tee "$out/office-results.txt"

failed=0
[[ $ratio_ok == PASS && $letter_ok == PASS && $policy_ok != FAIL ]] || failed=1

if (( memory )); then
    big=$out/office-1gb
    if [[ ! -f $big/.complete ]]; then
        log "making $big: about 1 GB of documents (once)"
        rm -rf "$big"; mkdir -p "$big"
        # the biggest test documents, copied until the folder holds 1 GiB
        total=0; n=0
        while (( total < 1073741824 )); do
            for f in features.pdf slides.pptx slides.odp features.odt features.doc features.docx; do
                n=$((n + 1)); sub=$big/$((n / 1000))
                mkdir -p "$sub"; cp "$docs/$f" "$sub/$n-$f"
                total=$((total + $(stat -c %s "$docs/$f")))
            done
        done
        touch "$big/.complete"
    fi
    count=$(find "$big" -type f ! -name .complete | wc -l)
    log "checking $count documents ($(du -sh "$big" | cut -f1)) with -Xmx512m"
    t=$(now)
    rc=0
    STRENGTHS_LINT_JAVA_OPTS="-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" \
        ./strengths-lint check --fail-on never --format json --output "$out/office-1gb.json" "$big" \
        2>"$out/office-1gb.stderr" || rc=$?
    took=$(( $(now) - t ))
    reported=$(grep -c '"path"' "$out/office-1gb.json" || true)
    verdict=$([[ $rc -le 1 && $reported -eq $count ]] && echo PASS || echo FAIL)
    printf '%-58s %-14s %-8s %s\n' "1 GB folder, -Xmx512m ($reported of $count reported)" "$(secs "$took") s" \
        "completes" "$verdict" | tee -a "$out/office-results.txt"
    [[ $verdict == PASS ]] || failed=1
fi
exit $failed
