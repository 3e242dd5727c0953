#!/usr/bin/env bash
# The release binary (FARDEAU_STATIC) as apps/cli/CMakeLists.txt links it: an executable
# with nothing to load or relocate at start (no program interpreter, no dynamic section,
# not position-independent), and with an unwind index (PT_GNU_EH_FRAME) so that the first C++
# exception looks its frame up instead of sorting every FDE of the program (6 ms). Then the
# exceptions themselves: CLI11 ends --help, --version and a usage error with one.
#   static_layout_test.sh path/to/fardeau
set -uo pipefail
bin=$1
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

header=$(readelf -hW "$bin") || { echo "FAIL: readelf cannot read $bin" >&2; exit 1; }
phdrs=$(readelf -lW "$bin")
grep -qE 'Type: +EXEC ' <<< "$header" ||
  fail "$bin is not a position-dependent executable: $(grep 'Type:' <<< "$header")"
grep -qE '^ +INTERP ' <<< "$phdrs" && fail "$bin asks for a program interpreter (dynamically linked)"
grep -qE '^ +DYNAMIC ' <<< "$phdrs" && fail "$bin has a dynamic section (relocations or shared objects)"
grep -qE '^ +GNU_EH_FRAME ' <<< "$phdrs" ||
  fail "$bin has no PT_GNU_EH_FRAME: the first exception would sort every FDE (link with --eh-frame-hdr)"

"$bin" --version | grep -q '^fardeau ' || fail "--version (ended by a CLI11 exception) printed no version"
"$bin" --help | grep -q 'report' || fail "--help (ended by a CLI11 exception) printed no command list"
"$bin" report --no-such-flag > /dev/null 2>&1
rc=$?
[[ $rc == 2 ]] || fail "a usage error (a CLI11 exception) exited $rc, expected 2"

((failures == 0)) && echo "static layout: ok"
((failures == 0))
