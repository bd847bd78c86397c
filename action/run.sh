#!/usr/bin/env bash
# The check the GitHub Action (action.yml) runs: annotations on standard output, which the
# runner shows on the lines of the pull request; a SARIF file for code scanning; the text report
# in the job summary; and the check's own exit code (1: findings at or above fail-on).
#
# Inputs come as environment variables, as action.yml passes them: INPUT_PATHS (separated by
# spaces), INPUT_FAIL_ON, INPUT_CONFIG, INPUT_BASELINE, INPUT_PROFILE, INPUT_SARIF_FILE.
# STRENGTHS_LINT is the command to run (default: the launcher of this repository).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
read -r -a command <<< "${STRENGTHS_LINT:-$here/../strengths-lint}"
read -r -a paths <<< "${INPUT_PATHS:-.}"
sarif="${INPUT_SARIF_FILE:-strengths-lint.sarif}"

args=(check --format github --fail-on "${INPUT_FAIL_ON:-warning}" --report "sarif=$sarif")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_PROFILE:-}" ] && args+=(--profile "$INPUT_PROFILE")
summary=""
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  summary="$(mktemp)"
  args+=(--report "text=$summary")
fi

"${command[@]}" "${args[@]}" "${paths[@]}"
code=$?

if [ -n "$summary" ]; then
  if [ -s "$summary" ]; then
    { echo '### strengths-lint'; echo; echo '```'; cat "$summary"; echo '```'; } >> "$GITHUB_STEP_SUMMARY"
  fi
  rm -f "$summary"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "exit-code=$code" >> "$GITHUB_OUTPUT"
fi
exit "$code"
