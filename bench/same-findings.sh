#!/usr/bin/env bash
# Checks that a change leaves every finding as it was: the JSON of a check on the examples, the
# evaluation sets, the format-parity policies and the test documents, byte for byte.
#
#   bench/same-findings.sh save [DIR]     before the change (default DIR: bench/out/same-findings)
#   bench/same-findings.sh compare [DIR]  after it: exit 1, naming each set that differs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mode=${1:-}
dir=${2:-bench/out/same-findings}
[[ $mode == save || $mode == compare ]] || { echo "usage: $0 save|compare [DIR]" >&2; exit 2; }
mvn -B -ntp -q package -DskipTests -pl core,lexicon,cli >/dev/null
jar=cli/target/strengths-lint.jar
sets=(examples lexicon/src/test/resources/evaluation cli/src/test/resources/policies core/src/test/resources/documents)
mkdir -p "$dir"
status=0
for set in "${sets[@]}"; do
  name=$(echo "$set" | tr '/' '_')
  out="$dir/$name.json"
  [[ $mode == save ]] || out="$dir/$name.after.json"
  java -jar "$jar" check --format json --fail-on never "$set/" >"$out" 2>/dev/null || true
  if [[ $mode == compare ]]; then
    if cmp -s "$dir/$name.json" "$out"; then
      echo "same: $set"
    else
      echo "DIFFERENT: $set (diff $dir/$name.json $out)"
      status=1
    fi
  fi
done
[[ $mode == save ]] && echo "saved to $dir; make the change, then: $0 compare"
exit $status
