#!/usr/bin/env bash
# fardeau writes plain text: no colour and no other escape sequence on stdout, whether
# stdout is a pipe, NO_COLOR is set, or stdout is a terminal (script(1) gives it one).
# The only escape fardeau writes at all is the progress bar's line erase of `simulate`, on
# stderr and only when stderr is a terminal (docs/cli.md, "Output").
#   plain_text_test.sh path/to/fardeau
set -euo pipefail
bin=$1
export XDG_DATA_HOME=/nonexistent/fardeau-plain-text
cases=(
  "--help" "--version" "report --help" "report" "report --lang fr --format md"
  "compliance --year 2014" "check 'members(2018) = 29' --explain" "vintages"
  "stats exploitation --from 2014 --to 2024" "simulate --preset hague-2035 --paths 2000"
  "report --vintage nope"
)
esc=$'\e'
failures=0
for c in "${cases[@]}"; do
  for mode in pipe no_color tty; do
    case $mode in
      pipe) out=$(eval "\"$bin\" $c" 2>&1 || true) ;;
      no_color) out=$(eval "NO_COLOR=1 \"$bin\" $c" 2>&1 || true) ;;
      tty)
        command -v script > /dev/null || continue
        # stdout (and stderr, the same terminal) on a pseudo-terminal
        out=$(SHELL=/bin/sh script -qec "\"$bin\" $c" /dev/null < /dev/null || true) ;;
    esac
    if [[ -z $out ]]; then
      echo "FAIL: fardeau $c ($mode): no output" >&2
      failures=$((failures + 1))
    elif [[ $out == *"$esc"* ]]; then
      echo "FAIL: fardeau $c ($mode): an escape sequence in the output" >&2
      failures=$((failures + 1))
    fi
  done
done
echo "plain_text_test: ${#cases[@]} commands x 3 modes, $failures failure(s)"
((failures == 0))
