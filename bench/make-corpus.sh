#!/usr/bin/env bash
# Builds one Markdown benchmark file from the source documents in bench/corpus/.
#
#   bench/make-corpus.sh OUT_FILE [SIZE_BYTES]
#
# SIZE_BYTES defaults to 1048576 (1 MiB). The source files are appended again and again, each
# round in a new pseudo-random order, separated by blank lines. The output stops at the last
# paragraph boundary that keeps it at or under SIZE_BYTES, so it never ends mid-paragraph.
#
# The order comes from a fixed-seed Park-Miller generator written in awk, not from awk's rand(),
# so the same sources give a byte-identical file with any awk (mawk, gawk, BusyBox, BSD).
# Override the seed with CORPUS_SEED (default 42) and the source folder with CORPUS_SRC.
set -euo pipefail

usage() {
    echo "usage: $0 OUT_FILE [SIZE_BYTES]" >&2
    exit 2
}

[[ $# -ge 1 && $# -le 2 ]] || usage
out=$1
size=${2:-1048576}
[[ $size =~ ^[1-9][0-9]*$ ]] || { echo "$0: SIZE_BYTES must be a positive whole number, got '$size'" >&2; exit 2; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${CORPUS_SRC:-$script_dir/corpus}
seed=${CORPUS_SEED:-42}
[[ $seed =~ ^[1-9][0-9]*$ ]] || { echo "$0: CORPUS_SEED must be a positive whole number" >&2; exit 2; }

# Byte semantics everywhere: sorting, and awk's length() (the sources contain UTF-8 such as £).
export LC_ALL=C

shopt -s nullglob
sources=("$src"/*.md)   # glob expansion is sorted, and LC_ALL=C makes the order stable
shopt -u nullglob
[[ ${#sources[@]} -gt 0 ]] || { echo "$0: no .md files in $src" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
tmp=$(mktemp "$out.XXXXXX")
trap 'rm -f "$tmp"' EXIT

awk -v size="$size" -v seed="$seed" '
# Park-Miller "minimal standard" generator: x = 16807 * x mod (2^31 - 1).
# Every intermediate stays below 2^53, so it is exact in any awk that uses doubles.
function next_rand() {
    state = (16807 * state) % 2147483647
    return state
}
# Fisher-Yates shuffle of order[1..n].
function shuffle(n,    i, j, t) {
    for (i = n; i > 1; i--) {
        j = 1 + next_rand() % i
        t = order[i]; order[i] = order[j]; order[j] = t
    }
}
BEGIN {
    state = seed % 2147483647
    if (state == 0) state = 1
    nfiles = ARGC - 1
    total_paras = 0
    # Read every source into paragraphs: runs of non-blank lines, joined with newlines.
    for (f = 1; f <= nfiles; f++) {
        file = ARGV[f]
        np = 0; cur = ""
        while ((rc = (getline line < file)) > 0) {
            sub(/\r$/, "", line)
            if (line ~ /^[ \t]*$/) {
                if (cur != "") { para[f, ++np] = cur; cur = "" }
            } else {
                cur = (cur == "") ? line : cur "\n" line
            }
        }
        if (rc < 0) { print "make-corpus: cannot read " file > "/dev/stderr"; exit 1 }
        close(file)
        if (cur != "") para[f, ++np] = cur
        npara[f] = np
        total_paras += np
    }
    if (total_paras == 0) { print "make-corpus: the source files are empty" > "/dev/stderr"; exit 1 }

    # Output = p1 "\n\n" p2 "\n\n" ... pk "\n"; stop before the first paragraph that would
    # take it over size bytes.
    written = 0; count = 0; full = 0; rounds = 0
    while (!full) {
        rounds++
        for (i = 1; i <= nfiles; i++) order[i] = i
        shuffle(nfiles)
        for (k = 1; k <= nfiles && !full; k++) {
            f = order[k]
            for (p = 1; p <= npara[f]; p++) {
                text = para[f, p]
                cost = length(text) + (count > 0 ? 2 : 0)
                if (written + cost + 1 > size) { full = 1; break }
                printf "%s%s", (count > 0 ? "\n\n" : ""), text
                written += cost; count++
            }
        }
    }
    if (count > 0) { printf "\n"; written++ }
    printf "make-corpus: %d bytes, %d paragraphs, %d source files, %d rounds\n",
        written, count, nfiles, rounds > "/dev/stderr"
    if (count == 0) print "make-corpus: warning: SIZE_BYTES is smaller than the first paragraph; the output is empty" > "/dev/stderr"
}
' "${sources[@]}" > "$tmp"

mv -f "$tmp" "$out"
trap - EXIT
echo "make-corpus: wrote $out" >&2
