#!/usr/bin/env bash
# strengths-lint benchmark for the server of `strengths-lint serve` (on its own; not part of run.sh).
#
#   bench/serve.sh
#
#   1. builds the jar if needed (./strengths-lint --version) and the benchmark programs
#      (bench/classes.sh)
#   2. runs org.strengthslint.cli.bench.ServeLoad with -Xmx256m: a one-page letter sent 200 times
#      (warm) to POST /api/check, median and 95th percentile (target: 95th percentile < 50 ms),
#      then ten policy-length DOCX files uploaded at once, three times, with the most heap used
#
# Exit 0 when the target is met and every request was answered, 1 otherwise.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
jar=cli/target/strengths-lint.jar
./strengths-lint --version >/dev/null
source bench/classes.sh
ensure_bench_classes
java -Xmx256m -cp "$bench_cp" org.strengthslint.cli.bench.ServeLoad bench/corpus
