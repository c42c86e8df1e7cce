#!/usr/bin/env bash
# The fixed-layout prototype (README.md here): vectors from the committed samples, the Icarus test
# bench (compressor -> decompressor, one chunk per cycle, every record and chunk compared), then
# synth_xilinx -flatten (LUTs, as scripts/report.sh counts them) and the LUT6 depth of each block.
#   reports/xnc_fixed_layout/run.sh [--no-synth]
# Work files go to sim/build/xnc_fixed_layout/ (git-ignored with sim/build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../../sim/build/xnc_fixed_layout
mkdir -p "$out"
python3 "$here/vectors.py" "$out/vectors.hex"
iverilog -g2012 -o "$out/tb" "$here/tb.v" "$here/xc_fixed.v" "$here/xd_fixed.v"
(cd "$out" && vvp -n tb) | tee "$out/tb.log"
grep -q " 0 errors" "$out/tb.log"
[[ ${1:-} == --no-synth ]] && exit 0
for m in xc_fixed xd_fixed; do
  nice -n 10 yosys -q -p "read_verilog $here/$m.v; synth_xilinx -flatten -top $m; tee -q -o $out/$m.stat stat" >/dev/null
  nice -n 10 yosys -q -p "read_verilog $here/$m.v; synth -flatten -top $m; abc -lut 6; opt_clean; tee -q -o $out/$m.depth ltp -noff" \
    >/dev/null
  luts=$(awk '$1 ~ /^LUT[1-6]$/ { n += $2 } END { print n }' "$out/$m.stat")
  levels=$(sed -n 's/^Longest topological path .*(length=\([0-9]*\)).*/\1/p' "$out/$m.depth")
  echo "$m: $luts LUTs, $levels LUT6 levels"
done
