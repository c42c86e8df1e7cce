#!/usr/bin/env bash
# Install the pinned Python packages of the cocotb suite and the FuseSoC core
# (tests/cocotb/requirements.txt: cocotb, cocotbext-axi, pytest, fusesoc) into .venv, from PyPI,
# when .venv is missing or was made from another requirements.txt.
#   scripts/setup-python.sh      then: .venv/bin/python -m pytest tests/cocotb, .venv/bin/fusesoc
set -euo pipefail
cd "$(dirname "$0")/.."

req=tests/cocotb/requirements.txt
if [[ -x .venv/bin/python ]] && cmp -s "$req" .venv/requirements.txt; then
  echo "setup: .venv has the pinned Python packages ($(.venv/bin/python -c 'import cocotb; print("cocotb", cocotb.__version__)'))"
  exit 0
fi
if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c 'import ensurepip' 2>/dev/null; then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
fi
rm -rf .venv
python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -r "$req"
cp "$req" .venv/requirements.txt
echo "setup: .venv: $(.venv/bin/python -c 'import cocotb; print("cocotb", cocotb.__version__)'), $(.venv/bin/pip show cocotbext-axi fusesoc | grep -E '^(Name|Version)' | paste -sd' ')"
