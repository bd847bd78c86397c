#!/usr/bin/env bash
# The real-text measures line by line (bench/RealTextReport.java): the development set's misses and
# false findings, a batch measured alone, and what a change did, with only totals of the check set.
#
#   bench/realtext.sh summary | rules | misses [REGEX] | false [REGEX] | batch X [X ...]
#   bench/realtext.sh save FILE                 before a change
#   bench/realtext.sh compare OLD.tsv NEW.tsv   after it (save NEW.tsv first)
#   bench/realtext.sh overlap FOLDER            before importing a batch: its lines that repeat
#                                               committed ones, and sources with a committed title
#
# Builds the shaded jar first; JAR=path uses that jar instead (for example a copy of the jar from
# before the change).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ -z ${JAR:-} ]]; then
  mvn -B -ntp -q package -DskipTests -pl core,lexicon,server,cli >/dev/null
  JAR=cli/target/strengths-lint.jar
fi
exec java -cp "$JAR" bench/RealTextReport.java "$@"
