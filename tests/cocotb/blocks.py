"""The block manifest (`xnc blocks --json`) for the cocotb runner and the FuseSoC core generator."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = HERE / "build"
# The Verilog under test (XNC_RTL_DIR: another copy of rtl/ with the same ports).
RTL = Path(os.environ.get("XNC_RTL_DIR", ROOT / "rtl")).resolve()


def xnc_binary() -> str:
    if os.environ.get("XNC"):
        return os.environ["XNC"]
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return str(target / "release" / "xnc")


def blocks() -> list[dict]:
    """`xnc blocks --json`, also written to build/blocks.json for the cocotb modules."""
    BUILD.mkdir(exist_ok=True)
    out = subprocess.run([xnc_binary(), "blocks", "--json"], check=True, capture_output=True, text=True).stdout
    (BUILD / "blocks.json").write_text(out)
    data = json.loads(out)
    return data["blocks"] if isinstance(data, dict) else data
