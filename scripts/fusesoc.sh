#!/usr/bin/env bash
# The FuseSoC core xnc.core (CAPI=2, pinned fusesoc from tests/cocotb/requirements.txt):
# check it is what scripts/fusesoc_core.py writes from the block manifest, then run its targets.
#   scripts/fusesoc.sh                 --target=lint (verilator -Wall) and --target=sim (Icarus loopback)
#   scripts/fusesoc.sh lint synth      the targets named (synth: yosys synth_xilinx of tans_decoder;
#                                      synth_<block> for any block)
# Builds go to sim/build/fusesoc/ (git-ignored). XNC=path/to/xnc as for scripts/cocotb.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-python.sh >/dev/null
if [[ -z ${XNC:-} ]]; then
  cargo build --release --quiet --bin xnc
  XNC=$(realpath "${CARGO_TARGET_DIR:-target}/release/xnc")
  export XNC
fi
python3 scripts/fusesoc_core.py --check

root=$PWD
targets=("$@")
((${#targets[@]})) || targets=(lint sim)
mkdir -p sim/build/fusesoc
cd sim/build/fusesoc
for t in "${targets[@]}"; do
  log=$t.log
  if "$root/.venv/bin/fusesoc" --cores-root "$root" run --target="$t" xnc-kit:xnc:blocks >"$log" 2>&1; then
    echo "fusesoc: --target=$t passed$(grep -h ' passed, ' "$log" | sed 's/^/: /' | head -1)"
  else
    cat "$log"
    echo "fusesoc: --target=$t FAILED"
    exit 1
  fi
done
