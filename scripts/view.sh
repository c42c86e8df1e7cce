#!/usr/bin/env bash
# Open the last co-simulation trace of a block in GTKWave, with the block's saved view
# (sim/DESIGN.gtkw: handshakes, pipeline stages, registers).
#
#   scripts/view.sh DESIGN [TRACE]
#
# The trace is the one `scripts/cosim.sh DESIGN FILE --trace` wrote (sim/build/traces/DESIGN.fst),
# or TRACE (an FST or VCD, e.g. from a testbench run with +trace=FILE.vcd, whose signal paths differ).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# -ge 1 ]] || { sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
design=$1
trace=${2:-sim/build/traces/$design.fst}
view=sim/$design.gtkw
[[ -f $view ]] || { echo "view: no $view (python3 sim/gtkw.py $design writes it)" >&2; exit 2; }
if [[ ! -f $trace ]]; then
  echo "view: no trace $trace; make one with:" >&2
  echo "  scripts/cosim.sh $design testbench/data/smollm2-135m.slice.bf16.safetensors --stall-seed 1 --trace" >&2
  exit 2
fi
if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
  echo "view: no display; on a machine with one run: gtkwave $trace $view" >&2
  exit 1
fi
exec gtkwave "$trace" "$view"
