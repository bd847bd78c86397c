# Sourced by bench/run.sh and bench/office.sh (from the repository root, after $jar is set).
#
# The benchmark programs (package org.strengthslint.cli.bench: EngineThroughput, ExtractionOnly,
# TikaExtractionOnly) are in cli's test sources, so that they stay out of the jar users get while
# the build still compiles them against the code they measure. They run on the shaded jar with
# cli/target/test-classes after it on the class path. `mvn package -DskipTests` (what
# ./strengths-lint runs) compiles them; when they are missing or older than their sources, Maven
# compiles them here.
bench_classes=cli/target/test-classes
bench_cp="$jar:$bench_classes"

ensure_bench_classes() {
    local marker=$bench_classes/org/strengthslint/cli/bench/EngineThroughput.class
    if [[ ! -f $marker || -n $(find cli/src/test/java/org/strengthslint/cli/bench -newer "$marker" -print -quit) ]]; then
        printf '[bench] compiling the benchmark programs (mvn test-compile -pl core,lexicon,cli)\n' >&2
        mvn -q -B test-compile -pl core,lexicon,cli >&2 || return 1
    fi
    [[ -f $marker ]]
}
