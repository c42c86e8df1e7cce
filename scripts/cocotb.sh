#!/usr/bin/env bash
# The cocotb + cocotbext-axi suite of every block of rtl/ under Icarus Verilog (tests/cocotb): random
# pauses on every source and sink, an AXI4-Stream checker on every interface every cycle, a reset in
# a full stalled pipeline, the XNC chain end to end, expected values from the committed sample's bits.
#   scripts/cocotb.sh [pytest args]          the default run (what scripts/test.sh runs)
#   XNC_COCOTB_LONG=1 scripts/cocotb.sh      more rows of every sample and three pause seeds
# XNC=path/to/xnc uses that binary instead of `cargo build --release --bin xnc`. Build and results
# (throughput-<block>.json: cycles without back-pressure) go to tests/cocotb/build/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-python.sh
if [[ -z ${XNC:-} ]]; then
  cargo build --release --quiet --bin xnc
  XNC=$(realpath "${CARGO_TARGET_DIR:-target}/release/xnc")
  export XNC
fi
cd tests/cocotb
../../.venv/bin/python -m pytest -q -p no:cacheprovider --junitxml=build/pytest.xml "$@" test_model.py test_rtl.py heldout/test_heldout.py
