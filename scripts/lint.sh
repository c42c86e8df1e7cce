#!/usr/bin/env bash
# Lint rtl/: every block under `verilator --lint-only -Wall` (waivers only in rtl/lint.vlt), and all
# of rtl/ compiled together in one run of each tool (no module name may collide; iverilog -Wall quiet).
#   scripts/lint.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t files < <(ls rtl/*.v)
fail=0
for f in "${files[@]}"; do
  top=$(basename "$f" .v)
  ok=1
  verilator --lint-only -Wall rtl/lint.vlt "${files[@]}" --top-module "$top" >/tmp/lint.$$ 2>&1 || ok=0
  if grep -q '%Warning\|%Error' /tmp/lint.$$; then ok=0; fi
  if [[ $ok == 1 ]]; then
    echo "lint: $top: clean"
  else
    cat /tmp/lint.$$
    echo "lint: $top: FAILED"
    fail=1
  fi
done
rm -f /tmp/lint.$$
# iverilog -Wall must be quiet too (it exits 0 on warnings, so its output is checked).
iv=$(iverilog -g2012 -Wall -o /dev/null "${files[@]}" 2>&1) || fail=1
if [[ -n $iv ]]; then
  echo "$iv"
  echo "lint: iverilog -Wall: FAILED (warnings above)"
  fail=1
else
  echo "lint: iverilog -Wall compiles all of rtl/ together, no warning"
fi
yosys -q -p "read_verilog ${files[*]}; hierarchy -check" && echo "lint: yosys reads all of rtl/ together"
exit $fail
