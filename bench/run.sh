#!/usr/bin/env bash
# strengths-lint benchmark.
#
#   bench/run.sh [--skip-alex] [--alex-only]
#
# Steps (progress goes to stderr, results to stdout and bench/out/results.txt):
#   1. build cli/target/strengths-lint.jar if it is missing (./strengths-lint --version builds it)
#   2. make the 1 MiB corpus bench/out/corpus-1mb.md (bench/make-corpus.sh, deterministic)
#   3. engine throughput: org.strengthslint.cli.bench.EngineThroughput on the corpus (cli's test
#      sources, see bench/classes.sh), with the packed OpenNLP code (the default) and then with
#      OpenNLP's own tools (-Dstrengthslint.opennlp=stock) beside it
#   4. whole-process time of `check --fail-on never` on examples/hostel-warning-letter.md
#      (one untimed warm-up run, then 5 timed runs: best and median)
#   5. whole-process time of `check --fail-on never` on the corpus (warm-up + 3 runs), the same
#      with OpenNLP's own tools (STRENGTHS_LINT_JAVA_OPTS adds -Dstrengthslint.opennlp=stock), and
#      of alex 11 on the same file (1 run; installed once into bench/out/alex and reused)
#   6. summary against the targets: strengths-lint median >= 20x faster than alex on the corpus,
#      and the letter median under 0.8 s.
#   7. office documents: bench/office.sh (check against Tika's extraction alone; one small DOCX letter)
#
# Exit status: 0 when every target passes, 1 when a target fails or a step cannot run,
# 2 for bad usage. --skip-alex leaves out the alex baseline (the speed-up is then reported as
# SKIP, not FAIL). --alex-only times alex on the corpus and nothing else.
#
# Environment: JAVA (default java), NPM (default npm), ALEX_DIR (default bench/out/alex).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

out_dir=bench/out
jar=cli/target/strengths-lint.jar
corpus=$out_dir/corpus-1mb.md
corpus_size=1048576
letter=examples/hostel-warning-letter.md
alex_dir=${ALEX_DIR:-$out_dir/alex}
java_cmd=${JAVA:-java}
npm_cmd=${NPM:-npm}
letter_runs=5
corpus_runs=3
speedup_target=20
letter_target=0.8

skip_alex=0
alex_only=0
for arg in "$@"; do
    case $arg in
        --skip-alex) skip_alex=1 ;;
        --alex-only) alex_only=1 ;;
        -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "usage: $0 [--skip-alex] [--alex-only]" >&2; exit 2 ;;
    esac
done
if (( skip_alex && alex_only )); then
    echo "$0: --skip-alex and --alex-only cannot be used together" >&2
    exit 2
fi

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

mkdir -p "$out_dir"
err_log=$out_dir/last-run.stderr
cleanup_dirs=()
cleanup() {
    local d
    for d in "${cleanup_dirs[@]+"${cleanup_dirs[@]}"}"; do
        rm -rf -- "$d"
    done
}
trap cleanup EXIT

# Nanosecond clock (GNU date). Fail early rather than time with a wrong clock.
[[ $(date +%N) =~ ^[0-9]+$ ]] || die "this script needs GNU date (date +%N)"

# run_timed CMD...: runs CMD with stdout discarded and stderr in $err_log.
# Sets LAST_NS (elapsed nanoseconds) and LAST_RC (exit status) without tripping set -e.
run_timed() {
    local start end
    LAST_RC=0
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$err_log" || LAST_RC=$?
    end=$(date +%s%N)
    LAST_NS=$(( end - start ))
}

secs() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }

# best and median of nanosecond values given as arguments: prints "BEST MEDIAN"
best_median() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[1], v[int((NR + 1) / 2)] }'
}

show_err_tail() {
    if [[ -s $err_log ]]; then
        log "last lines of its stderr ($err_log):"
        tail -n 15 "$err_log" | sed 's/^/    /' >&2
    fi
}

# time_check LABEL RUNS FILE [JAVA_OPTS]: warm-up run plus RUNS timed runs of
# `./strengths-lint check --fail-on never FILE` (the launcher, as a user runs it, with its JVM
# options, or with JAVA_OPTS instead when given); sets BEST_NS and MEDIAN_NS.
time_check() {
    local label=$1 runs=$2 file=$3 i times=()
    local cmd=(./strengths-lint check --fail-on never "$file")
    [[ -z ${4:-} ]] || cmd=(env STRENGTHS_LINT_JAVA_OPTS="$4" "${cmd[@]}")
    log "$label: warm-up run: ${cmd[*]}"
    run_timed "${cmd[@]}"
    if (( LAST_RC != 0 )); then
        show_err_tail
        die "$label: strengths-lint exited with status $LAST_RC (expected 0 with --fail-on never)"
    fi
    for (( i = 1; i <= runs; i++ )); do
        run_timed "${cmd[@]}"
        (( LAST_RC == 0 )) || { show_err_tail; die "$label: run $i exited with status $LAST_RC"; }
        log "$label: run $i/$runs: $(secs "$LAST_NS") s"
        times+=("$LAST_NS")
    done
    read -r BEST_NS MEDIAN_NS < <(best_median "${times[@]}")
}

# Finds or installs alex 11; sets ALEX_BIN, or leaves it empty when it cannot be installed.
ensure_alex() {
    ALEX_BIN=
    local bin=$alex_dir/node_modules/.bin/alex version tmp
    if [[ -x $bin ]] && version=$("$bin" --version 2>/dev/null) && [[ $version == 11.* ]]; then
        log "reusing alex $version from $alex_dir"
        ALEX_BIN=$bin
        return 0
    fi
    if ! command -v "$npm_cmd" >/dev/null 2>&1; then
        log "npm not found: cannot install alex"
        return 0
    fi
    tmp=$(mktemp -d "$out_dir/alex-install.XXXXXX")
    cleanup_dirs+=("$tmp")
    log "installing alex@11 with npm into $tmp"
    if ! "$npm_cmd" install --prefix "$tmp" alex@11 --no-audit --no-fund >&2; then
        log "npm install alex@11 failed"
        return 0
    fi
    # Keep the installation for the next run (same file system, so this is a rename). If
    # $alex_dir already exists (a broken install), use the temporary one and leave it alone.
    if [[ ! -e $alex_dir ]] && mv -- "$tmp" "$alex_dir"; then
        bin=$alex_dir/node_modules/.bin/alex
    else
        [[ ! -e $alex_dir ]] || log "$alex_dir exists but holds no working alex 11: delete it to cache a fresh install"
        bin=$tmp/node_modules/.bin/alex
    fi
    if version=$("$bin" --version 2>/dev/null) && [[ $version == 11.* ]]; then
        log "installed alex $version"
        ALEX_BIN=$bin
    else
        log "alex was installed but does not run (version: '${version:-none}')"
    fi
}

# Times one alex run on the corpus; sets ALEX_NS, or leaves it empty on failure.
time_alex() {
    ALEX_NS=
    ensure_alex
    [[ -n $ALEX_BIN ]] || return 0
    log "alex: timing 1 run: $ALEX_BIN $corpus (output discarded; it exits 1 when it finds warnings)"
    run_timed "$ALEX_BIN" "$corpus"
    if (( LAST_RC > 1 )); then
        show_err_tail
        log "alex exited with status $LAST_RC: no baseline"
        return 0
    fi
    ALEX_NS=$LAST_NS
    log "alex: $(secs "$ALEX_NS") s"
}

machine_info() {
    local cores java_version node_version
    cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
    java_version=$("$java_cmd" -version 2>&1 | head -n 1 || true)
    node_version=$(node --version 2>/dev/null || echo 'not installed')
    echo "machine: $(uname -sm), $cores cores; java: ${java_version:-not found}; node: $node_version"
}

make_corpus() {
    log "step 2/6: making the ${corpus_size}-byte corpus $corpus"
    bench/make-corpus.sh "$corpus" "$corpus_size"
}

# ---------------------------------------------------------------------------------------------
if (( alex_only )); then
    make_corpus
    log "step 5/6 (alex only): alex 11 on the corpus"
    time_alex
    [[ -n $ALEX_NS ]] || die "could not time alex"
    printf 'alex 11, %s: %s s\n' "$corpus" "$(secs "$ALEX_NS")" | tee "$out_dir/results.txt"
    exit 0
fi

log "step 1/6: checking for $jar"
command -v "$java_cmd" >/dev/null 2>&1 || die "java not found (set JAVA to its path)"
if [[ -f $jar ]]; then
    log "found $jar"
else
    [[ -x ./strengths-lint ]] || die "$jar is missing and there is no ./strengths-lint launcher to build it"
    log "$jar is missing: building it with ./strengths-lint --version"
    ./strengths-lint --version >&2 || die "./strengths-lint --version failed, so the jar could not be built"
    [[ -f $jar ]] || die "./strengths-lint --version ran but $jar still does not exist"
fi

source bench/classes.sh
ensure_bench_classes || die "the benchmark programs (cli's test sources) could not be compiled"

make_corpus

log "step 3/6: engine throughput (org.strengthslint.cli.bench.EngineThroughput), packed OpenNLP code"
"$java_cmd" -cp "$bench_cp" org.strengthslint.cli.bench.EngineThroughput "$corpus" \
    || die "EngineThroughput failed"
log "step 3/6: engine throughput with OpenNLP's own tools (-Dstrengthslint.opennlp=stock)"
"$java_cmd" -Dstrengthslint.opennlp=stock -cp "$bench_cp" org.strengthslint.cli.bench.EngineThroughput "$corpus" \
    || die "EngineThroughput (stock OpenNLP) failed"

log "step 4/6: whole-process time on $letter ($letter_runs runs)"
time_check letter "$letter_runs" "$letter"
letter_best=$BEST_NS
letter_median=$MEDIAN_NS

log "step 5/6: whole-process time on $corpus: strengths-lint ($corpus_runs runs), then alex 11"
time_check corpus "$corpus_runs" "$corpus"
corpus_best=$BEST_NS
corpus_median=$MEDIAN_NS

# The launcher's own JVM options, with OpenNLP's own tools instead of the packed code.
stock_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dstrengthslint.opennlp=stock"
if grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
    stock_opts="$stock_opts -XX:+UseTransparentHugePages"
fi
time_check "corpus, stock OpenNLP" "$corpus_runs" "$corpus" "$stock_opts"
stock_best=$BEST_NS
stock_median=$MEDIAN_NS

ALEX_NS=
if (( skip_alex )); then
    log "alex skipped (--skip-alex)"
else
    time_alex
fi

log "step 6/6: summary"
failed=0
letter_verdict=$(awk -v ns="$letter_median" -v t="$letter_target" 'BEGIN { print (ns / 1e9 < t) ? "PASS" : "FAIL" }')
[[ $letter_verdict == PASS ]] || failed=1
if [[ -n $ALEX_NS ]]; then
    speedup=$(awk -v a="$ALEX_NS" -v s="$corpus_median" 'BEGIN { printf "%.1fx", a / s }')
    speedup_verdict=$(awk -v a="$ALEX_NS" -v s="$corpus_median" -v t="$speedup_target" 'BEGIN { print (a / s >= t) ? "PASS" : "FAIL" }')
    alex_cell="$(secs "$ALEX_NS") s"
elif (( skip_alex )); then
    speedup=n/a; speedup_verdict=SKIP; alex_cell=skipped
else
    speedup=n/a; speedup_verdict=FAIL; alex_cell="failed to run"
fi
[[ $speedup_verdict != FAIL ]] || failed=1

{
    echo
    echo "strengths-lint benchmark, $(date '+%Y-%m-%d %H:%M')"
    machine_info
    echo
    printf '%-46s %-28s %-9s %s\n' measure result target verdict
    printf '%-46s %-28s %-9s %s\n' "strengths-lint check, 1 MiB corpus" \
        "$(secs "$corpus_median") s (best $(secs "$corpus_best") s)" "" ""
    printf '%-46s %-28s %-9s %s\n' "same, with OpenNLP's own tools (stock)" \
        "$(secs "$stock_median") s (best $(secs "$stock_best") s)" "" ""
    printf '%-46s %-28s %-9s %s\n' "alex 11, 1 MiB corpus (1 run)" "$alex_cell" "" ""
    printf '%-46s %-28s %-9s %s\n' "speed-up (alex / strengths-lint median)" "$speedup" ">= ${speedup_target}x" "$speedup_verdict"
    printf '%-46s %-28s %-9s %s\n' "strengths-lint check, warning letter" \
        "$(secs "$letter_median") s (best $(secs "$letter_best") s)" "< ${letter_target} s" "$letter_verdict"
    echo
    echo "strengths-lint times are medians of $corpus_runs (corpus) and $letter_runs (letter) whole-process runs after one warm-up."
} | sed 's/ *$//' | tee "$out_dir/results.txt"

log "office documents: bench/office.sh"
bench/office.sh || failed=1

if (( failed )); then
    log "at least one target was missed (results in $out_dir/results.txt)"
    exit 1
fi
log "all targets met (results in $out_dir/results.txt)"
